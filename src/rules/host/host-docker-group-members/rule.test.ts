import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const trusted = { trustedDockerUsers: ['alice'] };

testHostRule(rule, {
  pass: [
    { name: 'only trusted members', host: example('good.host.yaml'), options: trusted },
    { name: 'an empty docker group', host: 'group: |\n  root:x:0:\n  docker:x:999:\n' },
    { name: 'no docker group at all', host: 'group: |\n  root:x:0:\n' },
  ],
  fail: [
    {
      name: 'a member by primary group, which getent does not list',
      host: example('bad.host.yaml'),
      options: trusted,
      findings: [{ messageId: 'untrusted', name: '/etc/group', path: 'docker/bob' }],
    },
    {
      name: 'the group dockerd was given with --group',
      host: `dockerd: [dockerd, --group, dockeradm]
passwd: |
  root:x:0:0:root:/root:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  dockeradm:x:998:mallory
`,
      options: trusted,
      findings: [{ messageId: 'untrusted', name: '/etc/group', path: 'dockeradm/mallory' }],
    },
  ],
  skipped: [
    {
      name: 'a rootless daemon',
      host: "info:\n  SecurityOptions: ['name=rootless']\ngroup: |\n  docker:x:999:bob\n",
      reason: /rootless/,
    },
  ],
  manual: [
    {
      name: 'members and no trusted list',
      host: example('bad.host.yaml'),
      reason: /alice, bob are in the docker group/,
    },
  ],
});
