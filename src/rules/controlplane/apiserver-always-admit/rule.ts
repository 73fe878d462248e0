import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, enabledAdmissionPlugins } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'alwaysAdmit'>({
  id: 'CP010',
  name: 'apiserver-always-admit',
  source: 'controlplane',
  meta: {
    title: 'API server admits every request',
    severity: 'high',
    description:
      'The AlwaysAdmit admission plugin (deprecated) lets every request through admission, switching off the checks admission control adds on top of authorization. Default assumed: it is not enabled.',
    remediation: 'Remove `AlwaysAdmit` from `--enable-admission-plugins`.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwaysadmit',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.10'] },
    aliases: { trivy: ['KCV-0011'], checkov: ['CKV_K8S_79'], kubescape: ['C-0122'], 'kube-bench': ['1.2.10'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    alwaysAdmit: '{{owner}}: kube-apiserver admits every request ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const { plugins, flag } = enabledAdmissionPlugins(p);
      if (flag && plugins.includes('AlwaysAdmit'))
        ctx.report({
          messageId: 'alwaysAdmit',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
