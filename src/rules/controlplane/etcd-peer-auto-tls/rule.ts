import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { boolFlag, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'autoTls'>({
  id: 'CP043',
  name: 'etcd-peer-auto-tls',
  source: 'controlplane',
  meta: {
    title: 'etcd uses self-signed peer certificates',
    severity: 'high',
    description:
      '`--peer-auto-tls=true` makes etcd members use self-signed peer certificates that nobody verifies, so peer TLS gives no protection against an impostor. Default assumed: false, so only an explicit true is reported.',
    remediation:
      'Remove `--peer-auto-tls` and set `--peer-cert-file` and `--peer-key-file` to certificates from the etcd CA.',
    references: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    frameworks: { 'cis-kubernetes-1.12.0': ['2.6'] },
    aliases: { trivy: ['KCV-0047'], kubescape: ['C-0158'], 'kube-bench': ['2.6'] },
    stride: ['spoofing'],
  },
  messages: {
    autoTls: '{{owner}}: etcd members use self-signed peer certificates ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['etcd'], (p) => {
      const b = boolFlag(p, 'peer-auto-tls', false);
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
