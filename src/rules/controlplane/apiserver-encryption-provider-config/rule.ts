import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP026',
  name: 'apiserver-encryption-provider-config',
  source: 'controlplane',
  meta: {
    title: 'API server stores Secrets unencrypted in etcd',
    severity: 'high',
    description:
      'Without `--encryption-provider-config` Secrets are written to etcd as base64 text: anyone with a copy of the etcd data directory or a backup reads every credential of the cluster. Default assumed: not set, so nothing is encrypted at rest.',
    remediation:
      'Write an EncryptionConfiguration that encrypts `secrets` with `kms` (v2), `secretbox` or `aescbc` first, and point `--encryption-provider-config` at it.',
    references: [
      'https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { design: ['encryption-at-rest'], 'cis-kubernetes-1.12.0': ['1.2.27'] },
    aliases: { trivy: ['KCV-0030'], checkov: ['CKV_K8S_104'], kubescape: ['C-0141'], 'kube-bench': ['1.2.27'] },
    stride: ['information-disclosure'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver writes Secrets to etcd unencrypted ({{flag}} is not set).',
    empty: '{{owner}}: kube-apiserver writes Secrets to etcd unencrypted ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'encryption-provider-config', { missing: 'missing', empty: 'empty' });
    });
  },
});
