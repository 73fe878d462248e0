import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "userland-proxy": false }'],
  invalid: [
    {
      code: '{ "userland-proxy": true }',
      errors: [{ messageId: 'on', line: 1, column: 3, endLine: 1, endColumn: 25 }],
    },
    { code: '{}', errors: [{ messageId: 'on', line: 1, column: 1, endLine: 1, endColumn: 2 }] },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--userland-proxy=false')],
  invalid: [
    { code: unit('--userland-proxy'), errors: [{ messageId: 'on', line: 2, column: 28, endLine: 2, endColumn: 44 }] },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'off on the command line', host: 'dockerd: [dockerd, --userland-proxy=false]\n' }],
  fail: [
    {
      name: 'the default',
      host: 'dockerd: [dockerd]\n',
      findings: [{ messageId: 'on', name: 'dockerd', path: 'userland-proxy' }],
    },
  ],
});
