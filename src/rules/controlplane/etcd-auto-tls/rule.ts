import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { boolFlag, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'autoTls'>({
  id: 'CP040',
  name: 'etcd-auto-tls',
  source: 'controlplane',
  meta: {
    title: 'etcd uses self-signed client certificates',
    severity: 'high',
    description:
      '`--auto-tls=true` makes etcd generate a self-signed serving certificate that clients cannot verify, so they must skip verification. Default assumed: false, so only an explicit true is reported.',
    remediation: 'Remove `--auto-tls` and set `--cert-file` and `--key-file` to certificates from the etcd CA.',
    references: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    frameworks: { 'cis-kubernetes-1.12.0': ['2.3'] },
    aliases: { trivy: ['KCV-0044'], checkov: ['CKV_K8S_118'], kubescape: ['C-0155'], 'kube-bench': ['2.3'] },
    stride: ['spoofing', 'information-disclosure'],
  },
  messages: {
    autoTls: '{{owner}}: etcd serves clients a self-signed certificate ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['etcd'], (p) => {
      const b = boolFlag(p, 'auto-tls', false);
      if (b?.flag && b.value !== false)
        ctx.report({
          messageId: 'autoTls',
          node: b.flag.node,
          data: { owner: p.owner, component: p.component, flag: b.flag.text },
          evidence: b.flag.text,
        });
    });
  },
});
