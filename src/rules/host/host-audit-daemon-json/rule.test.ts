import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'unaudited', name: '/etc/docker/daemon.json', path: 'audit' };

testHostRule(rule, {
  pass: [
    { name: 'an audit rule watches it', host: example('good.host.yaml') },
    {
      name: 'a watch on a directory above it, in /etc/audit/rules.d',
      host: `# /etc/docker is watched, which covers /etc/docker/daemon.json
daemon.json: {"live-restore": true}
files:
  /etc/audit/rules.d/docker.rules: { content: '-a always,exit -F dir=/etc/docker -F perm=wa -k docker' }
`,
    },
  ],
  fail: [
    { name: 'no rule watches it', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'the watch is removed again (-W)',
      host: `# the rule is added, then removed
daemon.json: {"live-restore": true}
auditctl: |
  -w /etc/docker/daemon.json -p rwxa -k docker
  -W /etc/docker/daemon.json
`,
      findings: [finding],
    },
    {
      name: 'no audit rules at all',
      host: `# auditd is not configured
daemon.json: {"live-restore": true}
`,
      findings: [finding],
    },
  ],
  skipped: [
    {
      name: '/etc/docker/daemon.json does not exist',
      host: `# no /etc/docker/daemon.json
auditctl: |
  # no rules loaded
`,
      reason: /does not exist/,
    },
  ],
});
