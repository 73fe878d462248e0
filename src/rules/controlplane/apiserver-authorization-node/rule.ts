import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { listValue } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'default'>({
  id: 'CP007',
  name: 'apiserver-authorization-node',
  source: 'controlplane',
  meta: {
    title: 'API server does not use the Node authorizer',
    severity: 'high',
    description:
      "The Node authorizer limits each kubelet to the Secrets, ConfigMaps and volumes of the pods scheduled on its node. Without it a kubelet's credentials — stolen from any node — read every Secret in the cluster through the broad `system:nodes` permissions. Default assumed: `--authorization-mode` defaults to AlwaysAllow, which does not include Node.",
    remediation: 'Set `--authorization-mode=Node,RBAC`, and enable the NodeRestriction admission plugin alongside it.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/node/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.7'] },
    aliases: { trivy: ['KCV-0008'], checkov: ['CKV_K8S_75'], kubescape: ['C-0119'], 'kube-bench': ['1.2.7'] },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver does not restrict kubelets to their own pods ({{flag}}, without Node).',
    default:
      '{{owner}}: kube-apiserver does not restrict kubelets to their own pods (no --authorization-mode, which defaults to AlwaysAllow).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      // With --authorization-config the authorizers are in a file this input does not show.
      if (p.flags.get('authorization-config')) return;
      const flag = p.flags.get('authorization-mode');
      if (!flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner } });
      else if (!listValue(flag.value).includes('Node'))
        ctx.report({
          messageId: 'missing',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
