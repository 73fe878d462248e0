import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'mode', name: '/etc/docker/daemon.json', path: 'mode' };

testHostRule(rule, {
  pass: [
    { name: 'the good example', host: example('good.host.yaml') },
    {
      name: 'a stricter mode',
      host: `# daemon.json is stricter than needed
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
files:
  /etc/docker/daemon.json: { mode: '0600', owner: root:root, content: '{ "live-restore": true }' }
`,
    },
  ],
  fail: [
    { name: 'the bad example', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'a mode whose digits compare as smaller (0606)',
      host: `# daemon.json is readable and writable by anyone
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
files:
  /etc/docker/daemon.json: { mode: '0606', owner: root:root, content: '{ "live-restore": true }' }
`,
      findings: [{ messageId: 'mode', name: '/etc/docker/daemon.json', path: 'mode' }],
    },
  ],
  skipped: [
    {
      name: 'the file does not exist',
      host: `# nothing there
`,
      reason: /does not exist/,
    },
  ],
});
