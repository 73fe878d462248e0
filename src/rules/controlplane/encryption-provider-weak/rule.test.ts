import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const encryption = (resources: string) => `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
${resources}
`;

testRule(rule, controlPlaneParser, {
  valid: [
    encryption(`  - resources: [secrets]
    providers:
      - kms:
          apiVersion: v2
          name: vault
          endpoint: unix:///var/run/kms/vault.sock
      - identity: {}`),
    encryption(`  - resources: ['*.*']
    providers:
      - secretbox:
          keys: [{ name: key1, secret: c2VjcmV0IGlzIHNlY3VyZSwgb3IgaXMgaXQ/Cg== }]`),
    // no EncryptionConfiguration: nothing to judge
    staticPod('kube-apiserver', ['--encryption-provider-config=/etc/kubernetes/enc/encryption.yaml']),
  ],
  invalid: [
    {
      code: encryption(`  - resources: [secrets, configmaps]
    providers:
      - identity: {}
      - aescbc:
          keys: [{ name: key1, secret: c2VjcmV0IGlzIHNlY3VyZSwgb3IgaXMgaXQ/Cg== }]`),
      errors: [{ messageId: 'identity', line: 6, column: 9, endLine: 6, endColumn: 17 }],
    },
    {
      code: encryption(`  - resources: [secrets]
    providers:
      - aesgcm:
          keys: [{ name: key1, secret: c2VjcmV0IGlzIHNlY3VyZSwgb3IgaXMgaXQ/Cg== }]`),
      errors: [{ messageId: 'notRecommended', line: 6, column: 9, endLine: 6, endColumn: 15 }],
    },
    {
      code: encryption(`  - resources: [events]
    providers:
      - aescbc:
          keys: [{ name: key1, secret: c2VjcmV0IGlzIHNlY3VyZSwgb3IgaXMgaXQ/Cg== }]`),
      errors: [{ messageId: 'secretsNotCovered', line: 3, column: 1, endLine: 3, endColumn: 10 }],
    },
  ],
});
