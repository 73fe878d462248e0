import { describe, expect, it } from 'vitest';
import { runImageRule, testImageRule } from '../testing.js';
import rule from './rule.js';

const pem = (label: string) =>
  `-----BEGIN ${label}-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END ${label}-----\n`;
const cert =
  '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQsw\n-----END CERTIFICATE-----\n';

testImageRule(rule, {
  valid: [
    {
      name: 'certificates, public keys, and a key removed by a later layer',
      image: {
        layers: [
          {
            files: [
              { path: '/etc/ssl/certs/ca.pem', content: cert },
              { path: '/root/.ssh/id_ed25519.pub', content: 'ssh-ed25519 AAAAC3Nza user@host\n' },
              { path: '/root/.ssh/id_rsa', mode: '0600', content: pem('OPENSSH PRIVATE KEY') },
            ],
          },
          { files: [{ path: '/root/.ssh/id_rsa', type: 'whiteout' }] },
        ],
      },
    },
    {
      name: 'a .key file that holds no key',
      image: { layers: [{ files: [{ path: '/app/license.key', content: 'ABCD-EFGH' }] }] },
    },
    {
      name: 'test fixtures of installed packages',
      image: {
        layers: [
          {
            files: [
              { path: '/usr/local/lib/python3.12/test/keycert.pem', content: pem('PRIVATE KEY') },
              { path: '/app/node_modules/ssh2/test/fixtures/id_rsa', content: pem('RSA PRIVATE KEY') },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'PEM, OpenSSH and PuTTY keys, and a key by name only',
      image: {
        layers: [
          {
            gzip: true,
            files: [
              { path: '/etc/ssl/private/server.key', mode: '0600', content: pem('RSA PRIVATE KEY') },
              { path: '/home/app/.ssh/id_ed25519', mode: '0600', content: pem('OPENSSH PRIVATE KEY') },
              { path: '/opt/deploy.ppk', content: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n' },
              { path: '/srv/keys/tls.pem', content: `${cert}${pem('PRIVATE KEY')}` },
            ],
          },
          { files: [{ path: '/root/.ssh/id_rsa', content: '' }] },
        ],
      },
      errors: [
        { messageId: 'privateKey', path: 'layer 0:/etc/ssl/private/server.key' },
        { messageId: 'privateKey', path: 'layer 0:/home/app/.ssh/id_ed25519' },
        { messageId: 'privateKey', path: 'layer 0:/opt/deploy.ppk' },
        { messageId: 'keyName', path: 'layer 1:/root/.ssh/id_rsa' },
        { messageId: 'privateKey', path: 'layer 0:/srv/keys/tls.pem' },
      ],
    },
  ],
});

describe('IM012 output', () => {
  it('shows the key type and file metadata, never key material', async () => {
    const r = await runImageRule(rule, {
      layers: [{ files: [{ path: '/k.pem', mode: '0600', uid: 1000, content: pem('EC PRIVATE KEY') }] }],
    });
    expect(r.findings.map((f) => [f.message, f.evidence])).toEqual([
      ['/k.pem holds a private key (EC PRIVATE KEY).', 'mode 0600 uid 1000 gid 0 size 113'],
    ]);
    expect(JSON.stringify(r)).not.toContain('MIIEvQ');
  });
});
