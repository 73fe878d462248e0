import { describe, expect, it } from 'vitest';
import { runImageRule, testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'ordinary settings, references and file pointers',
      image: {
        config: {
          Env: [
            'PATH=/usr/local/bin:/usr/bin',
            'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
            'POSTGRES_PASSWORD_FILE=/run/secrets/db',
            'API_TOKEN=$API_TOKEN',
            'PASSWORD_MIN_LENGTH=12',
            'AUTH_ENABLED=true',
            'DATABASE_URL=postgres://app@db:5432/app',
            'EMPTY_SECRET=',
          ],
        },
      },
    },
    { name: 'no Env at all', image: { config: {} } },
  ],
  invalid: [
    {
      name: 'secret-named variables',
      image: { config: { Env: ['PATH=/usr/bin', 'DB_PASSWORD=hunter2hunter2', 'STRIPE_SECRET_KEY=abc123abc123'] } },
      errors: [
        { messageId: 'secretEnv', path: 'config.Env[1]' },
        { messageId: 'secretEnv', path: 'config.Env[2]' },
      ],
    },
    {
      name: 'a known token format under an innocent name',
      image: { config: { Env: ['UPLOAD_ID=AKIAIOSFODNN7EXAMPLE'] } },
      errors: [{ messageId: 'secretEnv', path: 'config.Env[0]' }],
    },
    {
      name: 'a URL with a password',
      image: { config: { Env: ['DATABASE_URL=postgres://app:s3cretpw@db:5432/app'] } },
      errors: [{ messageId: 'secretEnv', path: 'config.Env[0]' }],
    },
  ],
});

describe('IM003 output', () => {
  it('names the variable and never shows the value in full', async () => {
    const r = await runImageRule(rule, { config: { Env: ['DATABASE_URL=postgres://app:s3cretpw@db:5432/app'] } });
    expect(r.findings[0]?.message).toBe(
      'The image config sets DATABASE_URL, whose value is a secret (as a URL with a password): anyone who can pull the image can read it.',
    );
    expect(r.findings[0]?.evidence).toBe('DATABASE_URL=po****(35 chars)');
    expect(JSON.stringify(r)).not.toContain('s3cretpw');
  });
});
