import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { boolFlag, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'enabled' | 'default'>({
  id: 'CP015',
  name: 'profiling-enabled',
  source: 'controlplane',
  meta: {
    title: 'Control-plane component serves profiling data',
    severity: 'low',
    description:
      '`--profiling` exposes `/debug/pprof` on the API server, controller manager and scheduler: heap and goroutine dumps reveal internals and can be requested repeatedly to load the component. Default assumed: profiling is on (true) in all three, so a component without `--profiling=false` is reported.',
    remediation: 'Add `--profiling=false` to kube-apiserver, kube-controller-manager and kube-scheduler.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.15', '1.3.2', '1.4.1'] },
    aliases: {
      trivy: ['KCV-0018', 'KCV-0034', 'KCV-0040'],
      checkov: ['CKV_K8S_90', 'CKV_K8S_107', 'CKV_K8S_114'],
      kubescape: ['C-0129', 'C-0145', 'C-0151'],
      'kube-bench': ['1.2.15', '1.3.2', '1.4.1'],
    },
    stride: ['information-disclosure', 'denial-of-service'],
  },
  messages: {
    enabled: '{{owner}}: {{component}} serves profiling data ({{flag}}).',
    default: '{{owner}}: {{component}} serves profiling data (no --profiling=false; it defaults to true).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'], (p) => {
      const b = boolFlag(p, 'profiling', true);
      if (!b || b.value === false) return;
      if (!b.flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner, component: p.component } });
      else
        ctx.report({
          messageId: 'enabled',
          node: b.flag.node,
          data: { owner: p.owner, component: p.component, flag: b.flag.text },
          evidence: b.flag.text,
        });
    });
  },
});
