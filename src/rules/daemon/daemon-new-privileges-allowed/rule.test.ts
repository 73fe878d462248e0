import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "no-new-privileges": true }'],
  invalid: [
    {
      code: '{ "no-new-privileges": false }',
      errors: [{ messageId: 'allowed', line: 1, column: 3, endLine: 1, endColumn: 29 }],
    },
    { code: '{}', errors: [{ messageId: 'allowed', line: 1, column: 1, endLine: 1, endColumn: 2 }] },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--no-new-privileges')],
  invalid: [
    {
      code: unit('--no-new-privileges=false'),
      errors: [{ messageId: 'allowed', line: 2, column: 28, endLine: 2, endColumn: 53 }],
    },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'set on the command line', host: 'dockerd: [dockerd, --no-new-privileges]\n' }],
  fail: [
    {
      name: 'not set',
      host: 'dockerd: [dockerd]\n',
      findings: [{ messageId: 'allowed', name: 'dockerd', path: 'no-new-privileges' }],
    },
  ],
});
