import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'unaudited', name: '/etc/docker', path: 'audit' };

testHostRule(rule, {
  pass: [
    { name: 'an audit rule watches it', host: example('good.host.yaml') },
    {
      name: 'a watch on a directory above it, in /etc/audit/rules.d',
      host: `# /etc is watched, which covers /etc/docker
files:
  /etc/docker: { type: dir }
  /etc/audit/rules.d/docker.rules: { content: '-a always,exit -F dir=/etc -F perm=wa -k docker' }
`,
    },
  ],
  fail: [
    { name: 'no rule watches it', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'the watch is removed again (-W)',
      host: `# the rule is added, then removed
files:
  /etc/docker: { type: dir }
auditctl: |
  -w /etc/docker -p rwxa -k docker
  -W /etc/docker
`,
      findings: [finding],
    },
    {
      name: 'no audit rules at all',
      host: `# auditd is not configured
files:
  /etc/docker: { type: dir }
`,
      findings: [finding],
    },
  ],
  skipped: [
    {
      name: '/etc/docker does not exist',
      host: `# no /etc/docker
auditctl: |
  # no rules loaded
`,
      reason: /does not exist/,
    },
  ],
});
