import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP025',
  name: 'apiserver-etcd-ca-file',
  source: 'controlplane',
  meta: {
    title: "API server does not verify etcd's certificate",
    severity: 'high',
    description:
      'Without `--etcd-cafile` the API server cannot verify the etcd servers it talks to, so a host that answers on the etcd address can serve it forged objects or collect everything it writes, Secrets included. Default assumed: not set.',
    remediation:
      'Set `--etcd-cafile` to the CA that signed the etcd serving certificates (kubeadm: `/etc/kubernetes/pki/etcd/ca.crt`).',
    references: [
      'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.26'] },
    aliases: { trivy: ['KCV-0029'], checkov: ['CKV_K8S_102'], kubescape: ['C-0140'], 'kube-bench': ['1.2.26'] },
    stride: ['spoofing', 'tampering', 'information-disclosure'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver does not verify the etcd servers it writes to ({{flag}} is not set).',
    empty: '{{owner}}: kube-apiserver does not verify the etcd servers it writes to ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'etcd-cafile', { missing: 'missing', empty: 'empty' });
    });
  },
});
