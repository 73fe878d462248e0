import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "seccomp-profile": "/etc/docker/seccomp.json" }', '{}', '{ "seccomp-profile": "builtin" }'],
  invalid: [
    {
      code: '{ "seccomp-profile": "unconfined" }',
      errors: [{ messageId: 'unconfined', line: 1, column: 3, endLine: 1, endColumn: 34 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--seccomp-profile=/etc/docker/seccomp.json')],
  invalid: [
    {
      code: unit('--seccomp-profile=unconfined'),
      errors: [{ messageId: 'unconfined', line: 2, column: 28, endLine: 2, endColumn: 56 }],
    },
  ],
});

testHostRule(rule, {
  pass: [
    {
      name: 'a custom profile in use',
      host: "daemon.json: { seccomp-profile: /etc/docker/seccomp.json }\ninfo:\n  SecurityOptions: ['name=seccomp,profile=/etc/docker/seccomp.json']\n",
    },
  ],
  fail: [
    {
      name: 'the running daemon cannot filter system calls',
      host: "info:\n  SecurityOptions: ['name=apparmor']\n",
      findings: [{ messageId: 'unavailable', name: 'dockerd', path: 'seccomp-profile' }],
    },
    {
      name: 'the running daemon is unconfined',
      host: "info:\n  SecurityOptions: ['name=seccomp,profile=unconfined']\n",
      findings: [{ messageId: 'unconfined', name: 'dockerd', path: 'seccomp-profile' }],
    },
  ],
  manual: [
    {
      name: 'the default profile',
      host: "info:\n  SecurityOptions: ['name=seccomp,profile=default']\n",
      reason: /default seccomp profile/,
    },
  ],
});
