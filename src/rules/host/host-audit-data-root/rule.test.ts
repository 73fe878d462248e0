import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'unaudited', name: '/srv/docker', path: 'audit' };

testHostRule(rule, {
  pass: [
    { name: 'an audit rule watches it', host: example('good.host.yaml') },
    {
      name: 'a watch on a directory above it, in /etc/audit/rules.d',
      host: `# /srv is watched, which covers /srv/docker
dockerd: [dockerd, --data-root, /srv/docker]
files:
  /srv/docker: { type: dir, mode: '0710' }
  /etc/audit/rules.d/docker.rules: { content: '-a always,exit -F dir=/srv -F perm=wa -k docker' }
`,
    },
  ],
  fail: [
    { name: 'no rule watches it', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'the watch is removed again (-W)',
      host: `# the rule is added, then removed
dockerd: [dockerd, --data-root, /srv/docker]
files:
  /srv/docker: { type: dir, mode: '0710' }
auditctl: |
  -w /srv/docker -p rwxa -k docker
  -W /srv/docker
`,
      findings: [finding],
    },
    {
      name: 'no audit rules at all',
      host: `# auditd is not configured
dockerd: [dockerd, --data-root, /srv/docker]
files:
  /srv/docker: { type: dir, mode: '0710' }
`,
      findings: [finding],
    },
  ],
  skipped: [
    {
      name: 'the data root does not exist',
      host: `# the daemon names a data root that is not there
dockerd: [dockerd, --data-root, /srv/docker]
auditctl: |
  # no rules loaded
`,
      reason: /does not exist/,
    },
  ],
});
