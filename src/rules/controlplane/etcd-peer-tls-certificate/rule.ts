import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP041',
  name: 'etcd-peer-tls-certificate',
  source: 'controlplane',
  meta: {
    title: 'etcd members talk to each other without TLS',
    severity: 'high',
    description:
      'Without `--peer-cert-file` and `--peer-key-file` etcd members replicate the whole keyspace to each other over plain HTTP. Default assumed: neither is set. The CIS Benchmark applies this to clusters of several members; like kube-bench, a single member is judged too, since members are usually added later without revisiting the manifest.',
    remediation:
      'Set `--peer-cert-file` and `--peer-key-file` to peer certificates from the etcd CA, and use https:// peer URLs.',
    references: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    frameworks: { 'cis-kubernetes-1.12.0': ['2.4'] },
    aliases: { trivy: ['KCV-0045'], checkov: ['CKV_K8S_119'], kubescape: ['C-0156'], 'kube-bench': ['2.4'] },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    missing: '{{owner}}: etcd replicates to its peers without TLS ({{flag}} is not set).',
    empty: '{{owner}}: etcd replicates to its peers without TLS ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['etcd'], (p) => {
      requireValue(ctx, p, 'peer-cert-file', { missing: 'missing', empty: 'empty' });
      requireValue(ctx, p, 'peer-key-file', { missing: 'missing', empty: 'empty' });
    });
  },
});
