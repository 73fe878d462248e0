import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP022',
  name: 'apiserver-etcd-client-certificate',
  source: 'controlplane',
  meta: {
    title: 'API server does not authenticate to etcd with a certificate',
    severity: 'high',
    description:
      'etcd holds every object of the cluster, Secrets included. Without `--etcd-certfile` and `--etcd-keyfile` the API server has no client certificate for etcd, which then has to accept unauthenticated clients. Default assumed: neither is set.',
    remediation:
      'Set `--etcd-certfile` and `--etcd-keyfile` to a client certificate signed by the etcd CA, and run etcd with `--client-cert-auth=true`.',
    references: [
      'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.23'] },
    aliases: { trivy: ['KCV-0026'], checkov: ['CKV_K8S_99'], kubescape: ['C-0137'], 'kube-bench': ['1.2.23'] },
    stride: ['spoofing', 'information-disclosure'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver has no client certificate for etcd ({{flag}} is not set).',
    empty: '{{owner}}: kube-apiserver has no client certificate for etcd ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'etcd-certfile', { missing: 'missing', empty: 'empty' });
      requireValue(ctx, p, 'etcd-keyfile', { missing: 'missing', empty: 'empty' });
    });
  },
});
