import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: [
    '{}',
    '{ "default-ulimits": { "nofile": { "Name": "nofile", "Soft": 1024, "Hard": 4096 } } }',
    '{ "default-ulimits": { "core": { "Name": "core", "Soft": -1, "Hard": -1 } } }',
  ],
  invalid: [
    {
      code: '{ "default-ulimits": { "nofile": { "Name": "nofile", "Soft": -1, "Hard": -1 } } }',
      errors: [{ messageId: 'unlimited', line: 1, column: 24, endLine: 1, endColumn: 32 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--default-ulimit nofile=1024:4096')],
  invalid: [
    {
      code: unit('--default-ulimit nofile=-1:-1'),
      errors: [{ messageId: 'unlimited', line: 2, column: 28, endLine: 2, endColumn: 57 }],
    },
  ],
});

testHostRule(rule, {
  pass: [],
  fail: [
    {
      name: 'nproc unlimited on the command line',
      host: 'dockerd: [dockerd, --default-ulimit, "nproc=-1"]\n',
      findings: [{ messageId: 'unlimited', name: 'dockerd', path: 'default-ulimits' }],
    },
  ],
  manual: [
    { name: 'no default ulimits', host: 'dockerd: [dockerd]\n', reason: /no default ulimits/ },
    {
      name: 'finite default ulimits',
      host: 'dockerd: [dockerd, --default-ulimit, "nofile=1024:4096"]\n',
      reason: /nofile=1024:4096/,
    },
  ],
});
