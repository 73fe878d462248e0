import { describe, expect, it } from 'vitest';
import { auditText } from '../../audit.js';
import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: shop }
data:
  LOG_LEVEL: info
  TOKEN_URL: https://auth.example.com/token
  DB_PASSWORD_FILE: /run/secrets/db/password
  SECRET_NAME: shop-db
  API_KEY: ""
  config: REDIS_PASSWORD=
  env: REDIS_PASSWORD=\${REDIS_PASSWORD}
  helm: "password: {{ .Values.password }}"
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: shop }
data:
  password: supersecret
`,
      errors: [{ messageId: 'secretKey', line: 5, column: 3, endLine: 5, endColumn: 11 }],
    },
    {
      // the second document of a multi-document file: a password inside a configuration file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: redis, namespace: shop }
data:
  redis.conf: |
    port 6379
    requirepass-disabled no
  app.env: |
    REDIS_HOST=redis
    REDIS_PASSWORD=abcd1234
`,
      errors: [{ messageId: 'secretContent', line: 12, column: 3, endLine: 12, endColumn: 10 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata: { name: tls, namespace: shop }
    data:
      key.pem: "-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----"
`,
      errors: [{ messageId: 'secretContent', line: 8, column: 7, endLine: 8, endColumn: 14 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no ConfigMap in this input/,
    },
  ],
});

describe('KS022 evidence', () => {
  it('never prints the value', () => {
    const r = auditText(
      `apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: shop }
data:
  DB_PASSWORD: Sh0p-2024-very-secret
`,
      'cm.yaml',
      'kubernetes',
    );
    const f = r.findings.find((x) => x.ruleId === 'KS022');
    expect(f?.evidence).toBeDefined();
    expect(JSON.stringify(r)).not.toContain('Sh0p-2024-very-secret');
  });
});
