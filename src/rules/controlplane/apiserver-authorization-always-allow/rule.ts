import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { listValue } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'alwaysAllow' | 'default'>({
  id: 'CP006',
  name: 'apiserver-authorization-always-allow',
  source: 'controlplane',
  meta: {
    title: 'API server authorizes every request',
    severity: 'critical',
    description:
      'With the AlwaysAllow authorizer every authenticated request is allowed: RBAC and Node authorization are bypassed and any credential is cluster-admin. Default assumed: `--authorization-mode` defaults to AlwaysAllow, so an API server without the flag (and without `--authorization-config`) is reported; checkov CKV_K8S_74 passes a manifest without the flag, kube-bench fails it, and so do we.',
    remediation: 'Set `--authorization-mode=Node,RBAC` (without AlwaysAllow).',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/authorization/#authorization-modules',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.6'] },
    aliases: { trivy: ['KCV-0007'], checkov: ['CKV_K8S_74'], kubescape: ['C-0118'], 'kube-bench': ['1.2.6'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    alwaysAllow: '{{owner}}: kube-apiserver allows every authenticated request ({{flag}}).',
    default:
      '{{owner}}: kube-apiserver allows every authenticated request (no --authorization-mode, which defaults to AlwaysAllow).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      // With --authorization-config the authorizers are in a file this input does not show.
      if (p.flags.get('authorization-config')) return;
      const flag = p.flags.get('authorization-mode');
      if (!flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner } });
      else if (listValue(flag.value).includes('AlwaysAllow'))
        ctx.report({
          messageId: 'alwaysAllow',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
