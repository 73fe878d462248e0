import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP023',
  name: 'apiserver-tls-certificate',
  source: 'controlplane',
  meta: {
    title: 'API server serves a self-signed certificate',
    severity: 'medium',
    description:
      'Without `--tls-cert-file` and `--tls-private-key-file` the API server generates a self-signed certificate, which clients can only accept by skipping verification — opening the door to a man in the middle. Default assumed: neither is set.',
    remediation:
      'Set `--tls-cert-file` and `--tls-private-key-file` to a serving certificate signed by the cluster CA.',
    references: [
      'https://kubernetes.io/docs/setup/best-practices/certificates/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.24'] },
    aliases: { trivy: ['KCV-0027'], checkov: ['CKV_K8S_100'], kubescape: ['C-0138'], 'kube-bench': ['1.2.24'] },
    stride: ['spoofing', 'information-disclosure'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver has no serving certificate of its own ({{flag}} is not set).',
    empty: '{{owner}}: kube-apiserver has no serving certificate of its own ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'tls-cert-file', { missing: 'missing', empty: 'empty' });
      requireValue(ctx, p, 'tls-private-key-file', { missing: 'missing', empty: 'empty' });
    });
  },
});
