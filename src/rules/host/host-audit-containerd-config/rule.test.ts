import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'unaudited', name: '/etc/containerd/config.toml', path: 'audit' };

testHostRule(rule, {
  pass: [
    { name: 'an audit rule watches it', host: example('good.host.yaml') },
    {
      name: 'a watch on a directory above it, in /etc/audit/rules.d',
      host: `# /etc/containerd is watched, which covers /etc/containerd/config.toml
files:
  /etc/containerd/config.toml: {  }
  /etc/audit/rules.d/docker.rules: { content: '-a always,exit -F dir=/etc/containerd -F perm=wa -k docker' }
`,
    },
  ],
  fail: [
    { name: 'no rule watches it', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'the watch is removed again (-W)',
      host: `# the rule is added, then removed
files:
  /etc/containerd/config.toml: {  }
auditctl: |
  -w /etc/containerd/config.toml -p rwxa -k docker
  -W /etc/containerd/config.toml
`,
      findings: [finding],
    },
    {
      name: 'no audit rules at all',
      host: `# auditd is not configured
files:
  /etc/containerd/config.toml: {  }
`,
      findings: [finding],
    },
  ],
  skipped: [
    {
      name: '/etc/containerd/config.toml does not exist',
      host: `# no /etc/containerd/config.toml
auditctl: |
  # no rules loaded
`,
      reason: /does not exist/,
    },
  ],
});
