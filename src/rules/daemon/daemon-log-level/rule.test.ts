import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "log-level": "info" }', '{}', '{ "debug": false, "log-level": "INFO" }'],
  invalid: [
    {
      code: '{ "log-level": "debug" }',
      errors: [{ messageId: 'verbose', line: 1, column: 3, endLine: 1, endColumn: 23 }],
    },
    { code: '{ "debug": true }', errors: [{ messageId: 'verbose', line: 1, column: 3, endLine: 1, endColumn: 16 }] },
    {
      code: '{ "log-level": "warn" }',
      errors: [{ messageId: 'quiet', line: 1, column: 3, endLine: 1, endColumn: 22 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--log-level=info'), unit('-l info')],
  invalid: [
    { code: unit('-l debug'), errors: [{ messageId: 'verbose', line: 2, column: 28, endLine: 2, endColumn: 36 }] },
    { code: unit('-D'), errors: [{ messageId: 'verbose', line: 2, column: 28, endLine: 2, endColumn: 30 }] },
    { code: unit('-l error'), errors: [{ messageId: 'quiet', line: 2, column: 28, endLine: 2, endColumn: 36 }] },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'the running daemon is not in debug mode', host: 'info:\n  Debug: false\n' }],
  fail: [
    {
      name: 'the running daemon is in debug mode (docker info)',
      host: 'info:\n  Debug: true\n',
      findings: [{ messageId: 'verbose', name: 'dockerd', path: 'debug' }],
    },
  ],
});
