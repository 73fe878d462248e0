import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'unaudited', name: '/lib/systemd/system/docker.service', path: 'audit' };

testHostRule(rule, {
  pass: [
    { name: 'an audit rule watches it', host: example('good.host.yaml') },
    {
      name: 'a watch on a directory above it, in /etc/audit/rules.d',
      host: `# /lib/systemd/system is watched, which covers /lib/systemd/system/docker.service
systemd: true
files:
  /lib/systemd/system/docker.service: {  }
  /etc/audit/rules.d/docker.rules: { content: '-a always,exit -F dir=/lib/systemd/system -F perm=wa -k docker' }
`,
    },
  ],
  fail: [
    { name: 'no rule watches it', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'the watch is removed again (-W)',
      host: `# the rule is added, then removed
systemd: true
files:
  /lib/systemd/system/docker.service: {  }
auditctl: |
  -w /lib/systemd/system/docker.service -p rwxa -k docker
  -W /lib/systemd/system/docker.service
`,
      findings: [finding],
    },
    {
      name: 'no audit rules at all',
      host: `# auditd is not configured
systemd: true
files:
  /lib/systemd/system/docker.service: {  }
`,
      findings: [finding],
    },
  ],
  skipped: [
    {
      name: 'systemd does not run on the host',
      host: `# the unit file exists, but systemd does not run
files:
  /lib/systemd/system/docker.service: {  }
auditctl: |
  # no rules loaded
`,
      reason: /systemd is not running/,
    },
  ],
});
