import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, reportPluginNotEnabled } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'notEnabled' | 'default'>({
  id: 'CP014',
  name: 'apiserver-node-restriction',
  source: 'controlplane',
  meta: {
    title: 'API server does not enable NodeRestriction',
    severity: 'high',
    description:
      'NodeRestriction limits what a kubelet may change: only its own Node object and the pods bound to it, and never node labels that steer workloads (`node-restriction.kubernetes.io/`). Without it one compromised node can relabel others and attract sensitive pods. Default assumed: off unless `--enable-admission-plugins` names it.',
    remediation:
      'Add `NodeRestriction` to `--enable-admission-plugins`, together with `--authorization-mode=Node,RBAC`.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#noderestriction',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.14'] },
    aliases: { trivy: ['KCV-0016'], checkov: ['CKV_K8S_85'], kubescape: ['C-0127'], 'kube-bench': ['1.2.14'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    notEnabled:
      '{{owner}}: kube-apiserver lets kubelets modify other nodes and their pods ({{flag}}, without NodeRestriction).',
    default:
      '{{owner}}: kube-apiserver lets kubelets modify other nodes and their pods (no --enable-admission-plugins).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => reportPluginNotEnabled(ctx, p, 'NodeRestriction'));
  },
});
