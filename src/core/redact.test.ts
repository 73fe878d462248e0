import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

describe('redact', () => {
  it.each([
    ['ENV DB_PASSWORD=hunter2hunter2', 'hunter2hunter2'],
    ['ARG GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['api_key: "sk_live_abcdefghijklmnop1234"', 'sk_live_abcdefghijklmnop1234'],
    ['--password s3cr3t-value', 's3cr3t-value'],
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----', 'MIIEowIBAAKCAQEA'],
  ])('hides the value in %j', (text, secret) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('****');
  });

  it('leaves variable references and ordinary text alone', () => {
    expect(redact('ENV PASSWORD_FILE=$SECRET_PATH')).toBe('ENV PASSWORD_FILE=$SECRET_PATH');
    expect(redact('RUN apt-get install -y curl')).toBe('RUN apt-get install -y curl');
  });

  it('leaves flags that only name an authentication setting or a file alone', () => {
    for (const text of [
      'kube-apiserver --anonymous-auth=false --authorization-mode=Node,RBAC',
      '--token-auth-file=/etc/kubernetes/tokens.csv',
      '--service-account-private-key-file=/etc/kubernetes/pki/sa.key',
      'it serves unauthenticated requests as system:anonymous',
    ])
      expect(redact(text)).toBe(text);
    expect(redact('basic_auth: dXNlcjpodW50ZXIy')).toContain('****');
  });
});

describe('redact leaves prose alone', () => {
  it.each([
    'the password stored in a ConfigMap',
    'authorization bypasses NetworkPolicy',
    'a Secret object',
    'token rotation is off',
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
