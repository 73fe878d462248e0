import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "experimental": false }', '{}'],
  invalid: [
    { code: '{ "experimental": true }', errors: [{ messageId: 'on', line: 1, column: 3, endLine: 1, endColumn: 23 }] },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('-H fd://')],
  invalid: [
    { code: unit('--experimental'), errors: [{ messageId: 'on', line: 2, column: 28, endLine: 2, endColumn: 42 }] },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'the running daemon is not experimental', host: 'info:\n  ExperimentalBuild: false\n' }],
  fail: [
    {
      name: 'the running daemon is experimental',
      host: 'info:\n  ExperimentalBuild: true\n',
      findings: [{ messageId: 'on', name: 'dockerd', path: 'experimental' }],
    },
  ],
});
