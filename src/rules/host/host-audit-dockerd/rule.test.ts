import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'unaudited', name: '/usr/bin/dockerd', path: 'audit' };

testHostRule(rule, {
  pass: [
    { name: 'an audit rule watches it', host: example('good.host.yaml') },
    {
      name: 'a watch on a directory above it, in /etc/audit/rules.d',
      host: `# /usr/bin is watched, which covers /usr/bin/dockerd
files:
  /usr/bin/dockerd: { mode: '0755' }
  /etc/audit/rules.d/docker.rules: { content: '-a always,exit -F dir=/usr/bin -F perm=wa -k docker' }
`,
    },
  ],
  fail: [
    { name: 'no rule watches it', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'the watch is removed again (-W)',
      host: `# the rule is added, then removed
files:
  /usr/bin/dockerd: { mode: '0755' }
auditctl: |
  -w /usr/bin/dockerd -p rwxa -k docker
  -W /usr/bin/dockerd
`,
      findings: [finding],
    },
    {
      name: 'no audit rules at all',
      host: `# auditd is not configured
files:
  /usr/bin/dockerd: { mode: '0755' }
`,
      findings: [finding],
    },
  ],
  skipped: [
    {
      name: 'the binary is not installed',
      host: `# nothing installed
auditctl: |
  # no rules loaded
`,
      reason: /not installed/,
    },
  ],
});
