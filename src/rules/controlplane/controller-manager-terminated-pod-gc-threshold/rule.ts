import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'disabled'>({
  id: 'CP032',
  name: 'controller-manager-terminated-pod-gc-threshold',
  source: 'controlplane',
  meta: {
    title: 'Controller manager keeps too many terminated pods',
    severity: 'low',
    description:
      'Terminated pods are garbage-collected only above `--terminated-pod-gc-threshold`, 12500 by default: a cluster that runs many Jobs piles up pod objects that slow the API server and etcd. The CIS Benchmark asks for the threshold to be set to a value that fits the cluster. Reported: the flag missing, or a value of 0 or less (collection off). A flag written without a value is taken as set.',
    remediation:
      'Set `--terminated-pod-gc-threshold` to a value that fits your cluster, for example 10 on small clusters.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/',
      'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.3.1'] },
    aliases: { trivy: ['KCV-0033'], checkov: ['CKV_K8S_106'], kubescape: ['C-0144'], 'kube-bench': ['1.3.1'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{owner}}: kube-controller-manager keeps up to 12500 terminated pods (no --terminated-pod-gc-threshold).',
    disabled: '{{owner}}: kube-controller-manager never collects terminated pods ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-controller-manager'], (p) => {
      const flag = p.flags.get('terminated-pod-gc-threshold');
      if (!flag) ctx.report({ messageId: 'missing', node: p.node, data: { owner: p.owner } });
      else if (flag.value?.trim() && Number(flag.value) <= 0)
        ctx.report({
          messageId: 'disabled',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
