import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const finding = { messageId: 'owner', name: '/etc/docker/tls/ca.pem', path: 'owner' };

testHostRule(rule, {
  pass: [{ name: 'the good example', host: example('good.host.yaml') }],
  fail: [
    { name: 'the bad example', host: example('bad.host.yaml'), findings: [finding] },
    {
      name: 'owned by root but another group',
      host: `# The TLS CA certificate belongs to the alice group
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
daemon.json: {"hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"], "tlsverify": true, "tlscacert": "/etc/docker/tls/ca.pem", "tlscert": "/etc/docker/tls/server-cert.pem", "tlskey": "/etc/docker/tls/server-key.pem"}
files:
  /etc/docker/tls/ca.pem: { owner: root:alice, mode: '0444' }
`,
      findings: [{ messageId: 'owner', name: '/etc/docker/tls/ca.pem', path: 'owner' }],
    },
  ],
  skipped: [
    {
      name: 'the daemon does not use TLS',
      host: `# no TLS settings, the file is left over
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
group: |
  root:x:0:
  docker:x:999:
  alice:x:1000:
files:
  /etc/docker/tls/ca.pem: { owner: alice:alice, mode: '0444' }
`,
      reason: /does not use TLS/,
    },
  ],
});
