import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP021',
  name: 'apiserver-service-account-key-file',
  source: 'controlplane',
  meta: {
    title: 'API server has no explicit service-account verification key',
    severity: 'medium',
    description:
      '`--service-account-key-file` names the public keys that verify service-account tokens. Without it the API server falls back to its TLS serving key, tying token verification to a key that is rotated for other reasons and preventing key rotation with overlap. Default assumed: not set. Unlike checkov CKV_K8S_97, the file name is not judged (kubeadm uses `sa.pub`).',
    remediation:
      'Set `--service-account-key-file` to the public key(s) of the key pair whose private half `--service-account-signing-key-file` names.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
      'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.22'] },
    aliases: { trivy: ['KCV-0025'], kubescape: ['C-0136'], 'kube-bench': ['1.2.22'] },
    stride: ['spoofing'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver has no explicit key to verify service-account tokens ({{flag}} is not set).',
    empty: '{{owner}}: kube-apiserver has no explicit key to verify service-account tokens ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'service-account-key-file', { missing: 'missing', empty: 'empty' });
    });
  },
});
