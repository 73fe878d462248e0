import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-039',
  name: 'kubectl-stolen-kubeconfig',
  category: 'spoofing',
  target: 'component',
  // An API server that signs users in with MFA or SSO (OIDC) leaves only short-lived tokens in the kubeconfig.
  appliesTo: {
    all: [
      { tech: 'kubectl' },
      {
        outbound: {
          target: {
            all: [
              { tech: 'kube-apiserver' },
              {
                not: {
                  any: [
                    { property: 'authentication', equals: 'mfa' },
                    { property: 'authentication', equals: 'sso' },
                  ],
                },
              },
            ],
          },
        },
      },
    ],
  },
  title: 'A kubeconfig stolen from {{name}} lets an attacker impersonate a cluster administrator',
  description:
    'Administrators run kubectl with a kubeconfig that holds long-lived credentials — often the client certificate of admin.conf in the system:masters group, which RBAC cannot restrict. Malware on the workstation of {{name}}, or a copy of the file left in a repository or a backup, lets an attacker impersonate the administrator towards the API server.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'design:endpoint-protection',
    'design:mfa',
    'design:short-lived-credentials',
    'cis-kubernetes-1.12.0:1.1.13',
    'cis-kubernetes-1.12.0:1.1.14',
    'cis-kubernetes-1.12.0:5.1.7',
    'cis-kubernetes-1.12.0:3.1.1',
  ],
  cwe: [522],
  capec: [560],
});
