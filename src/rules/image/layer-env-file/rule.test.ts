import { describe, expect, it } from 'vitest';
import { runImageRule, testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'templates and look-alikes',
      image: {
        layers: [
          {
            files: [
              { path: '/app/.env.example', content: 'DB_PASSWORD=\n' },
              { path: '/app/.env.sample', content: 'API_KEY=changeme\n' },
              { path: '/app/env', content: 'A=b\n' },
              { path: '/app/.envrc', content: 'use nix\n' },
              { path: '/app/.env', type: 'dir' },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: '.env with secrets, .env.production without',
      image: {
        layers: [
          {
            files: [
              {
                path: '/app/.env',
                content:
                  '# local\nNODE_ENV=production\nexport DB_PASSWORD="hunter2hunter2"\nSTRIPE_SECRET_KEY=sk_live_abcdefghijklmnop1234\n',
              },
              { path: '/srv/.env.production', content: 'LOG_LEVEL=info\n' },
            ],
          },
        ],
      },
      errors: [
        { messageId: 'envFileSecrets', path: 'layer 0:/app/.env' },
        { messageId: 'envFile', path: 'layer 0:/srv/.env.production' },
      ],
    },
  ],
});

describe('IM014 output', () => {
  it('names the variables, not their values', async () => {
    const r = await runImageRule(rule, {
      layers: [{ files: [{ path: '/app/.env', content: 'DB_PASSWORD=hunter2hunter2\nAPI_KEY=abcd1234abcd\n' }] }],
    });
    expect(r.findings.map((f) => f.message)).toEqual([
      '/app/.env is an environment file that sets DB_PASSWORD, API_KEY, which look like secrets.',
    ]);
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });
});
