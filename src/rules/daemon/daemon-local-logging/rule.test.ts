import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: [
    '{ "log-driver": "syslog" }',
    '{ "log-driver": "fluentd" }',
    '{ "log-driver": "grafana/loki-docker-driver:latest" }',
  ],
  invalid: [
    {
      code: '{ "log-driver": "json-file" }',
      errors: [{ messageId: 'local', line: 1, column: 3, endLine: 1, endColumn: 28 }],
    },
    { code: '{}', errors: [{ messageId: 'local', line: 1, column: 1, endLine: 1, endColumn: 2 }] },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--log-driver=gelf')],
  invalid: [
    {
      code: unit('--log-driver=local'),
      errors: [{ messageId: 'local', line: 2, column: 28, endLine: 2, endColumn: 46 }],
    },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'the running daemon ships to gelf', host: 'info:\n  LoggingDriver: gelf\n' }],
  fail: [
    {
      name: 'the running daemon keeps json-file logs',
      host: 'info:\n  LoggingDriver: json-file\n',
      findings: [{ messageId: 'local', name: 'dockerd', path: 'log-driver' }],
    },
  ],
});
