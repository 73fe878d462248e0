import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP016',
  name: 'apiserver-audit-log-path',
  source: 'controlplane',
  meta: {
    title: 'API server writes no audit log',
    severity: 'medium',
    description:
      "Without `--audit-log-path` (or an audit webhook) the API server keeps no record of who read a Secret, exec'd into a pod or changed a RoleBinding, and an intrusion cannot be reconstructed. Default assumed: not set, so no audit log is written. A policy (`--audit-policy-file`) decides what is logged.",
    remediation:
      'Set `--audit-log-path` (for example `/var/log/kubernetes/audit/audit.log`, on a mounted host path) and `--audit-policy-file`.',
    references: [
      'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { design: ['audit-logging'], 'cis-kubernetes-1.12.0': ['1.2.16'] },
    aliases: { trivy: ['KCV-0019'], checkov: ['CKV_K8S_91'], kubescape: ['C-0130'], 'kube-bench': ['1.2.16'] },
    stride: ['repudiation'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver keeps no audit log ({{flag}} is not set).',
    empty: '{{owner}}: kube-apiserver keeps no audit log ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'audit-log-path', { missing: 'missing', empty: 'empty' });
    });
  },
});
