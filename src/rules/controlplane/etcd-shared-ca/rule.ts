import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<ControlPlaneDoc, 'sharedCa'>({
  id: 'CP044',
  name: 'etcd-shared-ca',
  source: 'controlplane',
  meta: {
    title: 'etcd trusts the cluster CA',
    severity: 'medium',
    description:
      "When etcd's `--trusted-ca-file` is the CA the API server uses for its clients (`--client-ca-file`), every certificate the cluster CA signs — each kubelet's, each administrator's — is also a valid etcd client certificate, and etcd access is full access to every Secret. The rule compares the two files when the audit sees both the etcd and the API server manifests (in one file, or given together); otherwise it is skipped.",
    remediation:
      'Give etcd its own CA (kubeadm: `/etc/kubernetes/pki/etcd/ca.crt`), used only for etcd serving, peer and client certificates.',
    references: [
      'https://etcd.io/docs/v3.5/op-guide/security/',
      'https://kubernetes.io/docs/setup/best-practices/certificates/#single-root-ca',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['2.7'] },
    aliases: { kubescape: ['C-0159'], 'kube-bench': ['2.7'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    sharedCa:
      '{{owner}}: etcd accepts any client certificate of the cluster CA, which {{apiserver}} also trusts ({{flag}}).',
  },
  check(ctx, doc) {
    const all = doc.cluster ?? doc.components;
    const clientCas = new Map<string, string>();
    for (const p of all) {
      const ca = p.component === 'kube-apiserver' ? p.flags.get('client-ca-file')?.value?.trim() : undefined;
      if (ca) clientCas.set(ca, p.owner);
    }
    const etcds = doc.components.filter((p) => p.component === 'etcd');
    if (etcds.length === 0 || clientCas.size === 0) {
      ctx.skip('needs both the etcd and the kube-apiserver manifests (with --client-ca-file)');
      return;
    }
    for (const p of etcds) {
      const flag = p.flags.get('trusted-ca-file');
      const apiserver = flag?.value ? clientCas.get(flag.value.trim()) : undefined;
      if (flag && apiserver)
        ctx.report({
          messageId: 'sharedCa',
          node: flag.node,
          data: { owner: p.owner, apiserver, flag: flag.text },
          evidence: flag.text,
        });
    }
  },
});
