import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP024',
  name: 'apiserver-client-ca-file',
  source: 'controlplane',
  meta: {
    title: 'API server does not authenticate client certificates',
    severity: 'high',
    description:
      '`--client-ca-file` is the CA the API server checks client certificates against; without it, certificate authentication is off and the kubelets and control-plane components that use certificates cannot authenticate. Default assumed: not set.',
    remediation: 'Set `--client-ca-file` to the cluster CA (kubeadm: `/etc/kubernetes/pki/ca.crt`).',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#x509-client-certificates',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.25'] },
    aliases: { trivy: ['KCV-0028'], kubescape: ['C-0139'], 'kube-bench': ['1.2.25'] },
    stride: ['spoofing'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver does not verify client certificates ({{flag}} is not set).',
    empty: '{{owner}}: kube-apiserver does not verify client certificates ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'client-ca-file', { missing: 'missing', empty: 'empty' });
    });
  },
});
