import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'owner', name: '/srv/exec/containerd/containerd.sock', path: 'owner' };

testHostRule(rule, {
  pass: [{ name: 'the good example', host: example('good.host.yaml') }],
  fail: [
    { name: 'the bad example', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'owned by root but another group',
      host: `# The containerd socket belongs to the alice group
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
dockerd: [dockerd, --exec-root, /srv/exec]
files:
  /srv/exec/containerd/containerd.sock: { type: socket, owner: root:alice, mode: '0660' }
`,
      findings: [{ messageId: 'owner', name: '/srv/exec/containerd/containerd.sock', path: 'owner' }],
    },
  ],
  skipped: [
    {
      name: 'the file does not exist',
      host: `# nothing there
dockerd: [dockerd, --exec-root, /srv/exec]
`,
      reason: /does not exist/,
    },
  ],
});
