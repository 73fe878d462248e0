import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'tooLow'>({
  id: 'CP019',
  name: 'apiserver-audit-log-maxsize',
  source: 'controlplane',
  meta: {
    title: 'API server rotates audit logs below 100 MB',
    severity: 'low',
    description:
      'The size at which the audit log is rotated, with the number of files kept, bounds how much history there is; the CIS Benchmark asks for 100 MB or more. Default assumed: the flag is 0 when unset and kube-bench and CIS require it explicitly, so an API server without it is reported, as is a value below 100.',
    remediation: 'Set `--audit-log-maxsize=100` or more.',
    references: [
      'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.19'] },
    aliases: { trivy: ['KCV-0022'], checkov: ['CKV_K8S_94'], kubescape: ['C-0133'], 'kube-bench': ['1.2.19'] },
    stride: ['repudiation'],
  },
  messages: {
    missing:
      '{{owner}}: kube-apiserver does not set --audit-log-maxsize (the CIS Benchmark asks for 100 megabytes or more).',
    tooLow:
      '{{owner}}: kube-apiserver keeps less audit history than the CIS Benchmark asks for, 100 megabytes or more ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const flag = p.flags.get('audit-log-maxsize');
      if (!flag) {
        ctx.report({ messageId: 'missing', node: p.node, data: { owner: p.owner } });
        return;
      }
      const value = Number(flag.value);
      if (flag.value?.trim() && Number.isFinite(value) && value >= 100) return;
      ctx.report({
        messageId: 'tooLow',
        node: flag.node,
        data: { owner: p.owner, flag: flag.text },
        evidence: flag.text,
      });
    });
  },
});
