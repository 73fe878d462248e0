import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The providers kube-bench and the CIS Benchmark accept as the first (writing) provider. */
const RECOMMENDED = new Set(['kms', 'secretbox', 'aescbc']);

export default defineAuditRule<ControlPlaneDoc, 'identity' | 'notRecommended' | 'secretsNotCovered'>({
  id: 'CP027',
  name: 'encryption-provider-weak',
  source: 'controlplane',
  meta: {
    title: 'Secrets are not encrypted at rest with a recommended provider',
    severity: 'high',
    description:
      'In an EncryptionConfiguration the first provider of a resource encrypts what is written; the others only decrypt. `identity` first stores Secrets in clear text in etcd and its backups, and a configuration whose resources do not include `secrets` leaves them unencrypted. Reported: `identity` first, a first provider other than kms, secretbox or aescbc (the CIS list; `aesgcm` needs a key rotation every 200k writes), and a configuration that does not cover Secrets.',
    remediation:
      'Put `kms` (v2, with an external KMS) — or `secretbox` or `aescbc` — first in the providers of the entry that lists `secrets`, keep `identity` last for reading old data, and re-write existing Secrets (`kubectl get secrets -A -o json | kubectl replace -f -`).',
    references: [
      'https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#providers',
      'https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/',
    ],
    frameworks: { design: ['encryption-at-rest'], 'cis-kubernetes-1.12.0': ['1.2.28'] },
    aliases: { kubescape: ['C-0142'], 'kube-bench': ['1.2.28'] },
    stride: ['information-disclosure'],
  },
  messages: {
    identity: '{{name}}: {{resources}} are written to etcd unencrypted (the first provider is identity).',
    notRecommended: '{{name}}: {{resources}} are encrypted with {{provider}}, not with kms, secretbox or aescbc.',
    secretsNotCovered: '{{name}}: Secrets are not among the encrypted resources.',
  },
  check(ctx, doc) {
    if (doc.encryptionConfigs.length === 0) {
      ctx.skip('no EncryptionConfiguration in this input');
      return;
    }
    for (const config of doc.encryptionConfigs) {
      const name = `${config.kind} ${config.name}`;
      const entries = Array.isArray(config.value.resources) ? config.value.resources : [];
      let coversSecrets = false;
      entries.forEach((entry, i) => {
        if (!isObj(entry)) return;
        const resources = Array.isArray(entry.resources) ? entry.resources.map(String) : [];
        if (!resources.some((r) => r === 'secrets' || r === '*.' || r === '*.*')) return;
        coversSecrets = true;
        const first = Array.isArray(entry.providers) ? entry.providers[0] : undefined;
        const provider = isObj(first) ? Object.keys(first)[0] : undefined;
        if (!provider || RECOMMENDED.has(provider)) return;
        const node = config.at(['resources', i, 'providers', 0, provider], 'key');
        const data = { name, resources: resources.join(', '), provider };
        ctx.report({ messageId: provider === 'identity' ? 'identity' : 'notRecommended', node, data });
      });
      if (!coversSecrets)
        ctx.report({
          messageId: 'secretsNotCovered',
          node: config.at(['resources' in config.value ? 'resources' : 'kind'], 'key'),
          data: { name },
        });
    }
  },
});
