import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'mode', name: '/etc/docker/certs.d/registry.example:5000/ca.crt', path: 'mode' };

testHostRule(rule, {
  pass: [
    { name: 'the good example', host: example('good.host.yaml') },
    {
      name: 'a stricter mode',
      host: `# A registry certificate is stricter than needed
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
files:
  /etc/docker/certs.d/registry.example:5000/ca.crt: { mode: '0400', owner: root:root }
`,
    },
  ],
  fail: [{ name: 'the bad example', host: example('bad.host.yaml'), findings: [finding] }],
  skipped: [
    {
      name: 'no registry certificates',
      host: `# certs.d is empty
files:
  /etc/docker/certs.d: { type: dir }
`,
      reason: /no registry certificates/,
    },
  ],
});
