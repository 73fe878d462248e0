import { describe, expect, it } from 'vitest';
import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { runRules } from '../../run.js';
import { testRule } from '../../testing.js';
import rule, { secretName } from './rule.js';

// Test credentials, assembled so that no complete token sits in the source.
const AWS_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const GITHUB_TOKEN = ['ghp_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'].join('');

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM python:3.12\nENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305\n',
      'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/pg\n',
      'FROM node:20\nENV NPM_CONFIG_LOGLEVEL=warn PATH=/app/bin:$PATH PWD=/app\n',
      'FROM alpine:3.20\nENV AUTH_ENABLED=true TOKEN_URL=https://auth.example.com/token PASSWORD_MIN_LENGTH=12\n',
      'FROM alpine:3.20\nENV STRIPE_PUBLISHABLE_KEY=pk_test_123 AWS_ACCESS_KEY_ID_FILE=/run/secrets/id\n',
      'FROM alpine:3.20\nENV DB_PASSWORD=""\n',
      'FROM alpine:3.20\nARG USERNAME=app\nARG VERSION=1.2.3\n',
      'FROM alpine:3.20\nENV DATABASE_URL=postgres://app@db:5432/app\n',
      'FROM alpine:3.20\nENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n',
      'FROM alpine:3.20\nLABEL password=not-checked\nRUN echo TOKEN=abc\n',
      'FROM mysql:8\n# stridebench:ignore DF010 throwaway test database\nENV MYSQL_ROOT_PASSWORD=root\n',
    ],
    invalid: [
      {
        code: 'FROM mysql:8\nENV MYSQL_ROOT_PASSWORD=changeme\n',
        errors: [{ messageId: 'literal', line: 2, column: 5, endLine: 2, endColumn: 24 }],
      },
      {
        code: 'FROM alpine:3.20\nENV LOL=123\nENV API_KEY \\\n    "abc def"\n',
        errors: [{ messageId: 'literal', line: 3, column: 5, endLine: 3, endColumn: 12 }],
      },
      {
        code: 'FROM alpine:3.20\nENV AWS_SECRET_ACCESS_KEY wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
        errors: [{ messageId: 'literal', line: 2, column: 5, endLine: 2, endColumn: 26 }],
      },
      {
        code: `FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=${AWS_KEY_ID} SOMETHING=${GITHUB_TOKEN}\n`,
        errors: [
          { messageId: 'credential', line: 2, column: 5, endLine: 2, endColumn: 22 },
          { messageId: 'credential', line: 2, column: 44, endLine: 2, endColumn: 53 },
        ],
      },
      {
        code: 'FROM alpine:3.20\nENV DATABASE_URL="postgres://app:hunter22@db:5432/app"\n',
        errors: [{ messageId: 'credential', line: 2, column: 5, endLine: 2, endColumn: 17 }],
      },
      {
        code: 'FROM node:20\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\n',
        errors: [{ messageId: 'buildArg', line: 2, column: 5, endLine: 2, endColumn: 14 }],
      },
      {
        code: 'FROM node:20\nARG GITHUB_TOKEN=\nENV GITHUB_TOKEN=${GITHUB_TOKEN}\n',
        errors: [
          { messageId: 'buildArg', line: 2, column: 5, endLine: 2, endColumn: 17 },
          { messageId: 'persisted', line: 3, column: 5, endLine: 3, endColumn: 17 },
        ],
      },
      {
        code: 'ARG dbPassword=hunter22\nFROM alpine:3.20\n',
        errors: [{ messageId: 'literal', line: 1, column: 5, endLine: 1, endColumn: 15 }],
      },
    ],
  },
);

describe('DF010 secret names', () => {
  it('tells secrets from settings about secrets', () => {
    for (const n of [
      'DB_PASSWORD',
      'MYSQL_ROOT_PASSWORD',
      'NPM_TOKEN',
      'API_KEY',
      'apiKey',
      'JWT_SECRET',
      'SECRET_KEY_BASE',
      'AWS_SECRET_ACCESS_KEY',
      'SMTP_PASS',
      'NPM_CONFIG__AUTH',
      'ACCESS_KEY',
      'PRIVATE_KEY',
    ])
      expect(secretName(n), n).toBe(true);
    for (const n of [
      'PASSWORD_FILE',
      'TOKEN_URL',
      'AWS_ACCESS_KEY_ID',
      'GPG_KEY',
      'PWD',
      'PUBLIC_KEY',
      'AUTH_TYPE',
      'KEYCLOAK_VERSION',
      'PASSENGER_VERSION',
      'SECRET_NAME',
    ])
      expect(secretName(n), n).toBe(false);
  });
});

describe('DF010 redaction', () => {
  it('never puts the secret value in the finding, in full or in part', () => {
    const secret = 'Sup3r-S3cret-Value-42';
    const text = `FROM alpine:3.20\nENV DB_PASSWORD=${secret}\nARG API_TOKEN="${secret}"\nENV X=${GITHUB_TOKEN}\n`;
    const doc = parseDockerfile(text, 'Dockerfile');
    const result = runRules([rule], { doc, target: 'Dockerfile', text });
    expect(result.findings).toHaveLength(3);
    const out = JSON.stringify(result);
    expect(out).not.toContain(secret);
    expect(out).not.toContain(secret.slice(4));
    expect(out).not.toContain(GITHUB_TOKEN);
    expect(result.findings[0]?.evidence).toMatch(/^DB_PASSWORD=Su\*\*\*\*\(21 chars\)$/);
  });
});
