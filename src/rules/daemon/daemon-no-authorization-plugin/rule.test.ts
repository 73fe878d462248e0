import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "authorization-plugins": ["authz-broker"] }'],
  invalid: [
    { code: '{}', errors: [{ messageId: 'none', line: 1, column: 1, endLine: 1, endColumn: 2 }] },
    {
      code: '{ "authorization-plugins": [] }',
      errors: [{ messageId: 'none', line: 1, column: 3, endLine: 1, endColumn: 30 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--authorization-plugin=authz-broker')],
  invalid: [
    { code: unit('-H fd://'), errors: [{ messageId: 'none', line: 2, column: 11, endLine: 2, endColumn: 27 }] },
  ],
});

testHostRule(rule, {
  pass: [
    {
      name: 'the running daemon has a plugin',
      host: "info:\n  Plugins:\n    Authorization: ['opa-docker-authz:latest']\n",
    },
  ],
  fail: [
    {
      name: 'the running daemon has none',
      host: 'info:\n  Plugins:\n    Authorization: null\n',
      findings: [{ messageId: 'none', name: 'dockerd', path: 'authorization-plugins' }],
    },
  ],
});
