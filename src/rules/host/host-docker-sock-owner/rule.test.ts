import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'owner', name: '/srv/run/docker.sock', path: 'owner' };

testHostRule(rule, {
  pass: [
    { name: 'the good example', host: example('good.host.yaml') },
    {
      name: 'owned by root:root, stricter',
      host: `# only root can use the socket
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
dockerd: [dockerd, -H, unix:///srv/run/docker.sock]
files:
  /srv/run/docker.sock: { type: socket, owner: root:root, mode: '0660' }
`,
    },
  ],
  fail: [
    { name: 'the bad example', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'owned by root but another group',
      host: `# The Docker API socket belongs to the alice group
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
dockerd: [dockerd, -H, unix:///srv/run/docker.sock]
files:
  /srv/run/docker.sock: { type: socket, owner: root:alice, mode: '0660' }
`,
      findings: [{ messageId: 'owner', name: '/srv/run/docker.sock', path: 'owner' }],
    },
    {
      name: 'the default socket through the /var/run link',
      host: `# no -H: the default /var/run/docker.sock, which is /run/docker.sock
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
files:
  /var/run: { type: symlink, target: /run }
  /run/docker.sock: { type: socket, owner: alice:docker, mode: '0660' }
`,
      findings: [{ messageId: 'owner', name: '/var/run/docker.sock', path: 'owner' }],
    },
  ],
  skipped: [
    {
      name: 'the file does not exist',
      host: `# nothing there
dockerd: [dockerd, -H, unix:///srv/run/docker.sock]
`,
      reason: /does not exist/,
    },
  ],
});
