import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{}', '{ "cgroup-parent": "" }'],
  invalid: [
    {
      code: '{ "cgroup-parent": "/batch" }',
      errors: [{ messageId: 'changed', line: 1, column: 3, endLine: 1, endColumn: 28 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('-H fd://')],
  invalid: [
    {
      code: unit('--cgroup-parent=/batch'),
      errors: [{ messageId: 'changed', line: 2, column: 28, endLine: 2, endColumn: 50 }],
    },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'no cgroup parent', host: 'dockerd: [dockerd]\n' }],
  fail: [
    {
      name: 'a cgroup parent in daemon.json',
      host: 'daemon.json: { cgroup-parent: batch.slice }\n',
      findings: [{ messageId: 'changed', name: 'dockerd', path: 'cgroup-parent' }],
    },
  ],
});
