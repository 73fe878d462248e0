import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'staticFile'>({
  id: 'CP002',
  name: 'apiserver-static-credential-file',
  source: 'controlplane',
  meta: {
    title: 'API server reads static credentials from a file',
    severity: 'high',
    description:
      '`--token-auth-file` (and `--basic-auth-file` before Kubernetes 1.19) make the API server accept bearer tokens or passwords listed in a plain-text file: they never expire, cannot be revoked without restarting the API server, and sit in clear text on every control-plane node. Default assumed: neither flag is set.',
    remediation:
      'Remove `--token-auth-file` and `--basic-auth-file`; authenticate people through OIDC or client certificates and workloads through service-account tokens.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.2'] },
    aliases: {
      trivy: ['KCV-0002'],
      checkov: ['CKV_K8S_70', 'CKV_K8S_69'],
      kubescape: ['C-0114'],
      'kube-bench': ['1.2.2'],
    },
    stride: ['spoofing', 'repudiation'],
  },
  messages: {
    staticFile:
      '{{owner}}: kube-apiserver reads a plain-text file of static tokens or passwords, which cannot be revoked without a restart ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const flags = [p.flags.get('basic-auth-file'), p.flags.get('token-auth-file')].filter((f) => f !== undefined);
      for (const flag of flags.sort((a, b) => a.node.range[0] - b.node.range[0]))
        ctx.report({
          messageId: 'staticFile',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
