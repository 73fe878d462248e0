import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-006',
  name: 'apiserver-client-certificate-no-revocation',
  category: 'repudiation',
  target: 'component',
  // Unset counts as certificates: every kubeadm-style cluster issues client certificates (admin.conf, kubelets).
  // An API server that declares OIDC (sso) or tokens, or no authentication at all, does not depend on them.
  appliesTo: {
    all: [
      { tech: 'kube-apiserver' },
      { any: [{ not: { property: 'authentication' } }, { property: 'authentication', equals: 'certificate' }] },
    ],
  },
  title: 'Client certificates accepted by {{name}} cannot be revoked, so a leaked one keeps working until it expires',
  description:
    'Kubernetes natively does not allow certificate revocation: kube-apiserver checks X.509 client certificates against its client CA but consults no CRL or OCSP responder. {{name}} authenticates clients with certificates, so a certificate that is stolen, or belongs to someone who has left, stays valid until it expires — a year for kubeadm-issued ones — short of rotating the whole CA. Actions taken with it cannot be told apart from its legitimate holder, which leads to repudiation.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'design:short-lived-credentials',
    'cis-kubernetes-1.12.0:3.1.1',
    'cis-kubernetes-1.12.0:5.1.7',
    'cis-kubernetes-1.12.0:1.2.16',
  ],
  cwe: [299, 613],
  capec: [560],
  references: [
    'https://github.com/kubernetes/kubernetes/issues/18982',
    'https://github.com/kubernetes/kubernetes/issues/81111',
  ],
});
