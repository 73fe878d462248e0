import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'mode', name: '/srv/run/docker.sock', path: 'mode' };

testHostRule(rule, {
  pass: [
    { name: 'the good example', host: example('good.host.yaml') },
    {
      name: 'a stricter mode',
      host: `# The Docker API socket is stricter than needed
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
dockerd: [dockerd, -H, unix:///srv/run/docker.sock]
files:
  /srv/run/docker.sock: { type: socket, mode: '0600', owner: root:docker }
`,
    },
  ],
  fail: [
    { name: 'the bad example', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'a mode whose digits compare as smaller (0606)',
      host: `# The Docker API socket is readable and writable by anyone
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
dockerd: [dockerd, -H, unix:///srv/run/docker.sock]
files:
  /srv/run/docker.sock: { type: socket, mode: '0606', owner: root:docker }
`,
      findings: [{ messageId: 'mode', name: '/srv/run/docker.sock', path: 'mode' }],
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
  /run/docker.sock: { type: socket, mode: '0666', owner: root:docker }
`,
      findings: [{ messageId: 'mode', name: '/var/run/docker.sock', path: 'mode' }],
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
