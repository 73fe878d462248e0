import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "icc": false }', '{ "bridge": "none", "icc": true }'],
  invalid: [
    { code: '{\n  "icc": true\n}\n', errors: [{ messageId: 'open', line: 2, column: 3, endLine: 2, endColumn: 14 }] },
    {
      // not set: dockerd's default is on, reported where the setting would go
      code: '{\n  "live-restore": true\n}\n',
      errors: [{ messageId: 'open', line: 1, column: 1, endLine: 1, endColumn: 2 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--icc=false'), unit('-b none'), unit('--icc=true --icc=false')],
  invalid: [
    { code: unit('--icc'), errors: [{ messageId: 'open', line: 2, column: 28, endLine: 2, endColumn: 33 }] },
    {
      // the last occurrence wins
      code: unit('--icc=false --icc=true'),
      errors: [{ messageId: 'open', line: 2, column: 40, endLine: 2, endColumn: 50 }],
    },
  ],
});

testHostRule(rule, {
  pass: [
    {
      name: 'the running bridge has icc off',
      host: "bridge:\n  Options:\n    com.docker.network.bridge.enable_icc: 'false'\n",
    },
  ],
  fail: [
    {
      name: 'the running bridge has icc on',
      host: "dockerd: [dockerd]\nbridge:\n  Options:\n    com.docker.network.bridge.enable_icc: 'true'\n",
      findings: [{ messageId: 'open', name: 'dockerd', path: 'icc' }],
    },
  ],
  skipped: [
    { name: 'no default bridge (the engine has none)', host: 'bridge: null\n', reason: /no default bridge/ },
    { name: 'started with --bridge=none', host: 'dockerd: [dockerd, --bridge=none]\n', reason: /--bridge=none/ },
  ],
});
