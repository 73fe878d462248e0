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
});
