import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const ROOT_FS = '27 1 254:0 / / rw,relatime - ext4 /dev/vda rw';

testHostRule(rule, {
  pass: [
    { name: 'a logical volume of its own, under the self bind mount', host: example('good.host.yaml') },
    {
      name: 'the data root the daemon reports, on its own disk',
      host: `dockerd: [dockerd, --data-root, /srv/docker]
files:
  /srv/docker: { type: dir }
mountinfo: |
  ${ROOT_FS}
  60 27 8:17 / /srv/docker rw - ext4 /dev/sdb1 rw
`,
    },
  ],
  fail: [
    {
      name: 'only the self bind mount (docker-bench passes this)',
      host: example('bad.host.yaml'),
      findings: [{ messageId: 'shared', name: '/var/lib/docker', path: 'mount' }],
    },
    {
      // /var/lib/docker has its own partition, but this daemon keeps its data elsewhere
      name: 'the default path is separate but the real data root is not',
      host: `dockerd: [dockerd, --data-root, /srv/docker]
files:
  /srv/docker: { type: dir }
  /var/lib/docker: { type: dir }
mountinfo: |
  ${ROOT_FS}
  35 27 253:2 / /var/lib/docker rw - xfs /dev/mapper/vg0-docker rw
`,
      findings: [{ messageId: 'shared', name: '/srv/docker', path: 'mount' }],
    },
    {
      name: 'inside /var, which is a partition shared with other data',
      host: `files:
  /var/lib/docker: { type: dir }
mountinfo: |
  ${ROOT_FS}
  30 27 8:3 / /var rw - ext4 /dev/sda3 rw
`,
      findings: [{ messageId: 'shared', name: '/var/lib/docker', path: 'mount' }],
    },
  ],
  skipped: [
    {
      name: 'the data root does not exist',
      host: 'mountinfo: |\n  27 1 254:0 / / rw - ext4 /dev/vda rw\n',
      reason: /does not exist/,
    },
    {
      name: 'no mount table',
      host: 'files:\n  /var/lib/docker: { type: dir }\n',
      reason: /mount table is not readable/,
    },
  ],
});
