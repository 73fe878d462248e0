import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'unaudited', name: '/run/containerd/containerd.sock', path: 'audit' };

testHostRule(rule, {
  pass: [
    { name: 'an audit rule watches it', host: example('good.host.yaml') },
    {
      name: 'a watch on a directory above it, in /etc/audit/rules.d',
      host: `# /run/containerd is watched, which covers /run/containerd/containerd.sock
files:
  /run/containerd/containerd.sock: { type: socket }
  /etc/audit/rules.d/docker.rules: { content: '-a always,exit -F dir=/run/containerd -F perm=wa -k docker' }
`,
    },
  ],
  fail: [
    { name: 'no rule watches it', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'the watch is removed again (-W)',
      host: `# the rule is added, then removed
files:
  /run/containerd/containerd.sock: { type: socket }
auditctl: |
  -w /run/containerd/containerd.sock -p rwxa -k docker
  -W /run/containerd/containerd.sock
`,
      findings: [finding],
    },
    {
      name: 'no audit rules at all',
      host: `# auditd is not configured
files:
  /run/containerd/containerd.sock: { type: socket }
`,
      findings: [finding],
    },
  ],
  skipped: [
    {
      name: '/run/containerd/containerd.sock does not exist',
      host: `# no /run/containerd/containerd.sock
auditctl: |
  # no rules loaded
`,
      reason: /does not exist/,
    },
  ],
});
