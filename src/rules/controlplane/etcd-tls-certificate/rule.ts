import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP038',
  name: 'etcd-tls-certificate',
  source: 'controlplane',
  meta: {
    title: 'etcd serves clients without TLS',
    severity: 'high',
    description:
      'Without `--cert-file` and `--key-file` etcd serves its clients — the API server, and through it every Secret — over plain HTTP. Default assumed: neither is set.',
    remediation:
      'Set `--cert-file` and `--key-file` to a serving certificate from the etcd CA, and use https:// client URLs.',
    references: [
      'https://etcd.io/docs/v3.5/op-guide/security/',
      'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['2.1'] },
    aliases: { trivy: ['KCV-0042'], checkov: ['CKV_K8S_116'], kubescape: ['C-0153'], 'kube-bench': ['2.1'] },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    missing: '{{owner}}: etcd serves clients without TLS ({{flag}} is not set).',
    empty: '{{owner}}: etcd serves clients without TLS ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['etcd'], (p) => {
      requireValue(ctx, p, 'cert-file', { missing: 'missing', empty: 'empty' });
      requireValue(ctx, p, 'key-file', { missing: 'missing', empty: 'empty' });
    });
  },
});
