import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { boolFlag, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'enabled' | 'default'>({
  id: 'CP001',
  name: 'apiserver-anonymous-auth',
  source: 'controlplane',
  meta: {
    title: 'API server accepts anonymous requests',
    severity: 'high',
    description:
      'With anonymous authentication on, every request that no authenticator claims is served as `system:anonymous` in the group `system:unauthenticated`; one careless RoleBinding to either opens the API to anyone who can reach the port. Default assumed: `--anonymous-auth` is true in Kubernetes 1.32, so an API server without the flag is reported. Health checks that need anonymous access can use `--authentication-config` with anonymous conditions limited to `/livez`, `/readyz` and `/healthz` instead.',
    remediation: 'Add `--anonymous-auth=false` to the kube-apiserver command in its static-pod manifest.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { design: ['authentication-required'], 'cis-kubernetes-1.12.0': ['1.2.1'] },
    aliases: { trivy: ['KCV-0001'], checkov: ['CKV_K8S_68'], kubescape: ['C-0113'], 'kube-bench': ['1.2.1'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    enabled: '{{owner}}: kube-apiserver serves unauthenticated requests as system:anonymous ({{flag}}).',
    default:
      '{{owner}}: kube-apiserver does not set --anonymous-auth=false; it defaults to true and serves unauthenticated requests as system:anonymous.',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const b = boolFlag(p, 'anonymous-auth', true);
      if (!b || b.value === false) return;
      const { flag } = b;
      if (!flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner } });
      else
        ctx.report({
          messageId: 'enabled',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
