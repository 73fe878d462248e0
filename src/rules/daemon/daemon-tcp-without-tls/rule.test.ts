import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: [
    '{}',
    '{ "hosts": ["unix:///var/run/docker.sock"] }',
    '{ "hosts": ["tcp://0.0.0.0:2376"], "tlsverify": true, "tlscacert": "/etc/docker/ca.pem" }',
  ],
  invalid: [
    {
      code: '{ "hosts": ["tcp://0.0.0.0:2375"] }',
      errors: [{ messageId: 'plain', line: 1, column: 13, endLine: 1, endColumn: 33 }],
    },
    {
      code: '{ "hosts": ["tcp://0.0.0.0:2376"], "tls": true }',
      errors: [{ messageId: 'unverified', line: 1, column: 13, endLine: 1, endColumn: 33 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('-H fd://'), unit('-H tcp://0.0.0.0:2376 --tlsverify --tlscacert=/etc/docker/ca.pem')],
  invalid: [
    {
      // loopback is no exception: every local user and container on the host network reaches it
      code: unit('-H tcp://127.0.0.1:2375'),
      errors: [{ messageId: 'plain', line: 2, column: 28, endLine: 2, endColumn: 51 }],
    },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'only the default unix socket', host: 'dockerd: [dockerd]\n' }],
  fail: [
    {
      name: 'a tcp listener without TLS on the command line',
      host: 'dockerd: [dockerd, -H, fd://, -H, "tcp://0.0.0.0:2375"]\n',
      findings: [{ messageId: 'plain', name: 'dockerd', path: 'hosts' }],
    },
  ],
});
