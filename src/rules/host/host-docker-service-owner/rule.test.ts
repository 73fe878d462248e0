import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'owner', name: '/lib/systemd/system/docker.service', path: 'owner' };

testHostRule(rule, {
  pass: [{ name: 'the good example', host: example('good.host.yaml') }],
  fail: [
    { name: 'the bad example', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'owned by root but another group',
      host: `# The docker.service unit belongs to the alice group
systemd: true
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
files:
  /lib/systemd/system/docker.service: { owner: root:alice, mode: '0644' }
`,
      findings: [{ messageId: 'owner', name: '/lib/systemd/system/docker.service', path: 'owner' }],
    },
  ],
  skipped: [
    {
      name: 'systemd does not run',
      host: `# the unit is there but systemd is not
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
files:
  /lib/systemd/system/docker.service: { owner: alice:alice, mode: '0644' }
`,
      reason: /systemd is not running/,
    },
    {
      name: 'the unit is masked',
      host: `# the unit is masked
systemd: true
files:
  /etc/systemd/system/docker.service: { type: symlink, target: /dev/null }
  /lib/systemd/system/docker.service: { mode: '0644' }
`,
      reason: /masked/,
    },
  ],
});
