import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { reportFlagNotTrue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'disabled' | 'default'>({
  id: 'CP042',
  name: 'etcd-peer-client-cert-auth',
  source: 'controlplane',
  meta: {
    title: 'etcd accepts peers without a certificate',
    severity: 'high',
    description:
      'Without `--peer-client-cert-auth=true` any host that reaches the peer port can join the etcd cluster or pose as a member and receive the replicated keyspace. Default assumed: false, so etcd without the flag is reported.',
    remediation: 'Set `--peer-client-cert-auth=true` and `--peer-trusted-ca-file` to the etcd CA.',
    references: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    frameworks: { design: ['mutual-tls'], 'cis-kubernetes-1.12.0': ['2.5'] },
    aliases: { trivy: ['KCV-0046'], checkov: ['CKV_K8S_121'], kubescape: ['C-0157'], 'kube-bench': ['2.5'] },
    stride: ['spoofing', 'information-disclosure'],
  },
  messages: {
    disabled: '{{owner}}: etcd accepts peers without a certificate ({{flag}}).',
    default:
      '{{owner}}: etcd accepts peers without a certificate (no --peer-client-cert-auth=true; it defaults to false).',
  },
  check(ctx, doc) {
    reportFlagNotTrue(ctx, doc, ['etcd'], 'peer-client-cert-auth');
  },
});
