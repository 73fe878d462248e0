import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{}', '{ "storage-driver": "overlay2" }'],
  invalid: [
    {
      code: '{ "storage-driver": "aufs" }',
      errors: [{ messageId: 'aufs', line: 1, column: 3, endLine: 1, endColumn: 27 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--storage-driver=overlay2')],
  invalid: [{ code: unit('-s aufs'), errors: [{ messageId: 'aufs', line: 2, column: 28, endLine: 2, endColumn: 35 }] }],
});

testHostRule(rule, {
  pass: [{ name: 'the running daemon uses overlay2', host: 'info:\n  Driver: overlay2\n' }],
  fail: [
    {
      name: 'the running daemon uses aufs',
      host: 'info:\n  Driver: aufs\n',
      findings: [{ messageId: 'aufs', name: 'dockerd', path: 'storage-driver' }],
    },
  ],
});
