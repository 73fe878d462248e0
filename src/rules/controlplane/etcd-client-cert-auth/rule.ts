import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { reportFlagNotTrue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'disabled' | 'default'>({
  id: 'CP039',
  name: 'etcd-client-cert-auth',
  source: 'controlplane',
  meta: {
    title: 'etcd accepts clients without a certificate',
    severity: 'critical',
    description:
      'Without `--client-cert-auth=true` etcd serves any client that reaches its port: reading `/registry/secrets` gives every credential of the cluster, and writing to it gives cluster-admin. Default assumed: false, so etcd without the flag (or without `ETCD_CLIENT_CERT_AUTH`) is reported.',
    remediation: 'Set `--client-cert-auth=true` and `--trusted-ca-file` to the etcd CA.',
    references: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    frameworks: { design: ['mutual-tls'], 'cis-kubernetes-1.12.0': ['2.2'] },
    aliases: { trivy: ['KCV-0043'], checkov: ['CKV_K8S_117'], kubescape: ['C-0154'], 'kube-bench': ['2.2'] },
    stride: ['spoofing', 'information-disclosure', 'tampering', 'elevation-of-privilege'],
  },
  messages: {
    disabled: '{{owner}}: etcd serves any client that reaches it ({{flag}}).',
    default: '{{owner}}: etcd serves any client that reaches it (no --client-cert-auth=true; it defaults to false).',
  },
  check(ctx, doc) {
    reportFlagNotTrue(ctx, doc, ['etcd'], 'client-cert-auth');
  },
});
