import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'tooLow'>({
  id: 'CP017',
  name: 'apiserver-audit-log-maxage',
  source: 'controlplane',
  meta: {
    title: 'API server keeps audit logs for less than 30 days',
    severity: 'low',
    description:
      'How long rotated audit log files are kept decides how far back an investigation can look; the CIS Benchmark asks for 30 days or more. Default assumed: the flag is 0 when unset and kube-bench and CIS require it explicitly, so an API server without it is reported, as is a value below 30.',
    remediation: 'Set `--audit-log-maxage=30` or more.',
    references: [
      'https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.17'] },
    aliases: { trivy: ['KCV-0020'], checkov: ['CKV_K8S_92'], kubescape: ['C-0131'], 'kube-bench': ['1.2.17'] },
    stride: ['repudiation'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver does not set --audit-log-maxage (the CIS Benchmark asks for 30 days or more).',
    tooLow:
      '{{owner}}: kube-apiserver keeps less audit history than the CIS Benchmark asks for, 30 days or more ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const flag = p.flags.get('audit-log-maxage');
      if (!flag) {
        ctx.report({ messageId: 'missing', node: p.node, data: { owner: p.owner } });
        return;
      }
      const value = Number(flag.value);
      if (flag.value?.trim() && Number.isFinite(value) && value >= 30) return;
      ctx.report({
        messageId: 'tooLow',
        node: flag.node,
        data: { owner: p.owner, flag: flag.text },
        evidence: flag.text,
      });
    });
  },
});
