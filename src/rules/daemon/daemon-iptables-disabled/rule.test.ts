import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{}', '{ "iptables": true }'],
  invalid: [
    { code: '{ "iptables": false }', errors: [{ messageId: 'off', line: 1, column: 3, endLine: 1, endColumn: 20 }] },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--iptables'), unit('--iptables=false --iptables=true')],
  invalid: [
    { code: unit('--iptables=false'), errors: [{ messageId: 'off', line: 2, column: 28, endLine: 2, endColumn: 44 }] },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'dockerd started with defaults', host: 'dockerd: [dockerd]\n' }],
  fail: [
    {
      name: 'dockerd started with --iptables=false',
      host: 'dockerd: [dockerd, --iptables=false, --bridge=none]\n',
      findings: [{ messageId: 'off', name: 'dockerd', path: 'iptables' }],
    },
  ],
});
