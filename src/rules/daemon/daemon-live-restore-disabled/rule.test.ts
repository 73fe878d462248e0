import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "live-restore": true }'],
  invalid: [
    {
      code: '{ "live-restore": false }',
      errors: [{ messageId: 'off', line: 1, column: 3, endLine: 1, endColumn: 24 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--live-restore')],
  invalid: [{ code: unit('-H fd://'), errors: [{ messageId: 'off', line: 2, column: 11, endLine: 2, endColumn: 27 }] }],
});

testHostRule(rule, {
  pass: [{ name: 'the running daemon restores', host: 'info:\n  LiveRestoreEnabled: true\n' }],
  fail: [
    {
      // daemon.json was changed, but the daemon was never reloaded
      name: 'daemon.json says true but the running daemon has it off',
      host: 'daemon.json: { live-restore: true }\ninfo:\n  LiveRestoreEnabled: false\n',
      findings: [{ messageId: 'off', name: 'dockerd', path: 'live-restore' }],
    },
  ],
  skipped: [
    {
      name: 'a swarm node',
      host: 'info:\n  LiveRestoreEnabled: false\n  Swarm: { LocalNodeState: active }\n',
      reason: /swarm/,
    },
  ],
});
