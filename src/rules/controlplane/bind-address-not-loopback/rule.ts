import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, isLoopback } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'exposed' | 'default'>({
  id: 'CP037',
  name: 'bind-address-not-loopback',
  source: 'controlplane',
  meta: {
    title: 'Controller manager or scheduler listens beyond the node',
    severity: 'medium',
    description:
      'The controller manager (10257) and scheduler (10259) serve health, metrics and debug endpoints; bound to all interfaces they are reachable from every pod and node. Default assumed: `--bind-address` defaults to 0.0.0.0, so a component without the flag is reported (kube-bench passes a missing flag, checkov CKV_K8S_113/115 fail it, as we do).',
    remediation: 'Set `--bind-address=127.0.0.1` on kube-controller-manager and kube-scheduler.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.3.7', '1.4.2'] },
    aliases: {
      trivy: ['KCV-0039', 'KCV-0041'],
      checkov: ['CKV_K8S_113', 'CKV_K8S_115'],
      kubescape: ['C-0150', 'C-0152'],
      'kube-bench': ['1.3.7', '1.4.2'],
    },
    stride: ['information-disclosure', 'elevation-of-privilege'],
  },
  messages: {
    exposed: '{{owner}}: {{component}} listens on an address other pods and nodes can reach ({{flag}}).',
    default: '{{owner}}: {{component}} listens on all interfaces (no --bind-address, which defaults to 0.0.0.0).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-controller-manager', 'kube-scheduler'], (p) => {
      const flag = p.flags.get('bind-address');
      if (!flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner, component: p.component } });
      else if (flag.value !== undefined && !isLoopback(flag.value.trim()))
        ctx.report({
          messageId: 'exposed',
          node: flag.node,
          data: { owner: p.owner, component: p.component, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
