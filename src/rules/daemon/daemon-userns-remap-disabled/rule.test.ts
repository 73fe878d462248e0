import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{ "userns-remap": "default" }', '{ "userns-remap": "dockremap:dockremap" }'],
  invalid: [
    { code: '{ "userns-remap": "" }', errors: [{ messageId: 'off', line: 1, column: 3, endLine: 1, endColumn: 21 }] },
    { code: '{}', errors: [{ messageId: 'off', line: 1, column: 1, endLine: 1, endColumn: 2 }] },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--userns-remap=default')],
  invalid: [{ code: unit('-H fd://'), errors: [{ messageId: 'off', line: 2, column: 11, endLine: 2, endColumn: 27 }] }],
});

testHostRule(rule, {
  pass: [
    {
      name: 'the running daemon remaps (docker info)',
      host: "info:\n  SecurityOptions: ['name=seccomp,profile=builtin', 'name=userns']\n",
    },
    { name: 'a rootless daemon', host: "info:\n  SecurityOptions: ['name=rootless']\n" },
  ],
  fail: [
    {
      name: 'daemon.json asks for it but the running daemon does not remap',
      host: "daemon.json: { userns-remap: default }\ninfo:\n  SecurityOptions: ['name=seccomp,profile=builtin']\n",
      findings: [{ messageId: 'off', name: 'dockerd', path: 'userns-remap' }],
    },
  ],
});
