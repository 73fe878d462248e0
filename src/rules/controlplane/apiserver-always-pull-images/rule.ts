import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, reportPluginNotEnabled } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'notEnabled' | 'default'>({
  id: 'CP011',
  name: 'apiserver-always-pull-images',
  source: 'controlplane',
  meta: {
    title: 'API server does not enable AlwaysPullImages',
    severity: 'medium',
    description:
      'On a shared cluster an image pulled once stays on the node, and any pod there can run it by name without the registry credentials that guarded it. AlwaysPullImages forces a pull (and so a credential check) for every new pod. Default assumed: the plugin is off unless `--enable-admission-plugins` names it. It costs registry traffic and breaks nodes that run from pre-loaded images.',
    remediation: 'Add `AlwaysPullImages` to `--enable-admission-plugins` on multi-tenant clusters.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.11'] },
    aliases: { trivy: ['KCV-0012'], checkov: ['CKV_K8S_80'], kubescape: ['C-0123'], 'kube-bench': ['1.2.11'] },
    stride: ['information-disclosure', 'elevation-of-privilege'],
  },
  messages: {
    notEnabled:
      '{{owner}}: kube-apiserver lets pods use images cached on the node without credentials (AlwaysPullImages is not in {{flag}}).',
    default:
      '{{owner}}: kube-apiserver lets pods use images cached on the node without credentials (no --enable-admission-plugins).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => reportPluginNotEnabled(ctx, p, 'AlwaysPullImages'));
  },
});
