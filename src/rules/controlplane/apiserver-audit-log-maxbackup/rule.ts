import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'tooLow'>({
  id: 'CP018',
  name: 'apiserver-audit-log-maxbackup',
  source: 'controlplane',
  meta: {
    title: 'API server keeps fewer than 10 rotated audit logs',
    severity: 'low',
    description:
      'The number of rotated audit log files kept bounds how much history survives a busy day; the CIS Benchmark asks for 10 or more. Default assumed: the flag is 0 when unset and kube-bench and CIS require it explicitly, so an API server without it is reported, as is a value below 10.',
    remediation: 'Set `--audit-log-maxbackup=10` or more.',
    references: [
      'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.18'] },
    aliases: { trivy: ['KCV-0021'], checkov: ['CKV_K8S_93'], kubescape: ['C-0132'], 'kube-bench': ['1.2.18'] },
    stride: ['repudiation'],
  },
  messages: {
    missing:
      '{{owner}}: kube-apiserver does not set --audit-log-maxbackup (the CIS Benchmark asks for 10 rotated files or more).',
    tooLow:
      '{{owner}}: kube-apiserver keeps less audit history than the CIS Benchmark asks for, 10 rotated files or more ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const flag = p.flags.get('audit-log-maxbackup');
      if (!flag) {
        ctx.report({ messageId: 'missing', node: p.node, data: { owner: p.owner } });
        return;
      }
      const value = Number(flag.value);
      if (flag.value?.trim() && Number.isFinite(value) && value >= 10) return;
      ctx.report({
        messageId: 'tooLow',
        node: flag.node,
        data: { owner: p.owner, flag: flag.text },
        evidence: flag.text,
      });
    });
  },
});
