import { describe, expect, it } from 'vitest';
import { auditText } from '../../audit.js';
import { kubernetesParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    // placeholders, empty values and a base64-encoded placeholder
    `apiVersion: v1
kind: Secret
metadata: { name: db, namespace: shop }
stringData:
  password: \${DB_PASSWORD}
  user: ""
data:
  token: JHtUT0tFTn0=
`,
    // read from a cluster by kubectl get
    `apiVersion: v1
kind: Secret
metadata: { name: db, namespace: shop, uid: 3f1c, resourceVersion: "4242" }
data:
  password: aHVudGVyMg==
`,
    // encrypted by SOPS
    `apiVersion: v1
kind: Secret
metadata: { name: db, namespace: shop }
stringData:
  password: ENC[AES256_GCM,data:Tr7o,iv:1=,tag:2=,type:str]
sops:
  version: 3.9.0
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Secret
metadata: { name: db, namespace: shop }
type: Opaque
data:
  password: aHVudGVyMg==
`,
      errors: [{ messageId: 'literal', line: 5, column: 1, endLine: 5, endColumn: 5 }],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Secret
metadata: { name: api, namespace: shop }
stringData: { token: not-a-placeholder }
`,
      errors: [{ messageId: 'literal', line: 8, column: 1, endLine: 8, endColumn: 11 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata: { name: registry, namespace: shop }
    type: kubernetes.io/dockerconfigjson
    data:
      .dockerconfigjson: eyJhdXRocyI6e319
`,
      errors: [{ messageId: 'literal', line: 8, column: 5, endLine: 8, endColumn: 9 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: `apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: shop }
data: { LOG_LEVEL: info }
`,
      reason: /no Secret in this input/,
    },
  ],
});

describe('KS023 output', () => {
  it('names the keys but never prints a value', () => {
    const r = auditText(
      `apiVersion: v1
kind: Secret
metadata: { name: db-password, namespace: shop }
stringData: { password: hunter2-hunter2 }
`,
      's.yaml',
      'kubernetes',
    );
    const f = r.findings.find((x) => x.ruleId === 'KS023');
    expect(f?.message).toBe(
      'Secret/db-password (namespace shop) carries 1 value(s) in stringData (password), readable by anyone who reads this file.',
    );
    expect(JSON.stringify(r)).not.toContain('hunter2-hunter2');
  });
});
