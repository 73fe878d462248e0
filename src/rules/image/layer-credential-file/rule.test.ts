import { describe, expect, it } from 'vitest';
import { runImageRule, testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'tool configuration without credentials',
      image: {
        layers: [
          {
            files: [
              { path: '/root/.docker/config.json', content: '{"credsStore":"desktop"}' },
              { path: '/app/.npmrc', content: 'registry=https://registry.npmjs.org/\n' },
              { path: '/root/.netrc', content: '' },
              { path: '/home/app/.kube/config', content: 'apiVersion: v1\nclusters: []\n' },
              { path: '/app/config.json', content: '{"auth":"x"}' },
            ],
          },
        ],
      },
    },
    {
      name: 'a credential file removed in a later layer',
      image: {
        layers: [
          {
            files: [
              {
                path: '/app/.npmrc',
                content: '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n',
              },
            ],
          },
          { files: [{ path: '/app/.npmrc', type: 'whiteout' }] },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'every kind of tool credential store',
      image: {
        layers: [
          {
            files: [
              { path: '/root/.docker/config.json', content: '{"auths":{"registry.example":{"auth":"dXNlcjpwYXNz"}}}' },
              {
                path: '/app/.npmrc',
                content: '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789\n',
              },
              { path: '/root/.pypirc', content: '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc\n' },
              {
                path: '/root/.git-credentials',
                content: 'https://bot:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com\n',
              },
              { path: '/root/.netrc', content: 'machine api.example.com login bot password hunter2\n' },
              { path: '/root/.kube/config', content: 'users:\n- name: admin\n  user:\n    token: eyJhbGciOi\n' },
              { path: '/var/lib/postgresql/.pgpass', content: 'db:5432:*:app:s3cret\n' },
              { path: '/etc/nginx/.htpasswd', content: 'admin:$apr1$abc$def\n' },
              { path: '/app/password.txt', content: 'hunter2\n' },
            ],
          },
        ],
      },
      errors: [
        { messageId: 'credentialStore', path: 'layer 0:/app/.npmrc' },
        { messageId: 'suspiciousName', path: 'layer 0:/app/password.txt' },
        { messageId: 'credentialStore', path: 'layer 0:/etc/nginx/.htpasswd' },
        { messageId: 'credentialStore', path: 'layer 0:/root/.docker/config.json' },
        { messageId: 'credentialStore', path: 'layer 0:/root/.git-credentials' },
        { messageId: 'credentialStore', path: 'layer 0:/root/.kube/config' },
        { messageId: 'credentialStore', path: 'layer 0:/root/.netrc' },
        { messageId: 'credentialStore', path: 'layer 0:/root/.pypirc' },
        { messageId: 'credentialStore', path: 'layer 0:/var/lib/postgresql/.pgpass' },
      ],
    },
  ],
});

describe('IM013 output', () => {
  it('says what the file holds and never shows it', async () => {
    const r = await runImageRule(rule, {
      layers: [
        {
          files: [
            { path: '/root/.docker/config.json', mode: '0600', content: '{"auths":{"r":{"auth":"dXNlcjpwYXNz"}}}' },
          ],
        },
      ],
    });
    expect(r.findings.map((f) => [f.message, f.evidence])).toEqual([
      ['/root/.docker/config.json holds Docker registry credentials.', 'mode 0600 uid 0 gid 0 size 39'],
    ]);
    expect(JSON.stringify(r)).not.toContain('dXNlcjpwYXNz');
  });
});
