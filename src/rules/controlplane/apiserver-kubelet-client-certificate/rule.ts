import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP004',
  name: 'apiserver-kubelet-client-certificate',
  source: 'controlplane',
  meta: {
    title: 'API server has no client certificate for kubelets',
    severity: 'high',
    description:
      'The API server calls every kubelet (logs, exec, port-forward). Without `--kubelet-client-certificate` and `--kubelet-client-key` it cannot authenticate to them, which pushes kubelets towards anonymous access and AlwaysAllow authorization. Default assumed: neither is set.',
    remediation:
      'Set `--kubelet-client-certificate` and `--kubelet-client-key` to a client certificate the kubelets trust (kubeadm: `/etc/kubernetes/pki/apiserver-kubelet-client.crt` and `.key`).',
    references: [
      'https://kubernetes.io/docs/concepts/security/controlling-access/#api-server-to-kubelet',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { design: ['mutual-tls'], 'cis-kubernetes-1.12.0': ['1.2.4'] },
    aliases: { trivy: ['KCV-0005'], checkov: ['CKV_K8S_72'], kubescape: ['C-0116'], 'kube-bench': ['1.2.4'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver cannot authenticate to kubelets ({{flag}} is not set).',
    empty: '{{owner}}: kube-apiserver cannot authenticate to kubelets ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'kubelet-client-certificate', { missing: 'missing', empty: 'empty' });
      requireValue(ctx, p, 'kubelet-client-key', { missing: 'missing', empty: 'empty' });
    });
  },
});
