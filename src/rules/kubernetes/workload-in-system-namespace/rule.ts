import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { podSpecOf } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { applies, ref } from '../objects.js';

const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
/** The priority classes Kubernetes reserves for cluster components (CoreDNS, kube-proxy, CNI, CSI). */
const SYSTEM_PRIORITY = new Set(['system-cluster-critical', 'system-node-critical']);

export default defineAuditRule<KubernetesDoc, 'system'>({
  id: 'KS029',
  name: 'workload-in-system-namespace',
  source: 'kubernetes',
  meta: {
    title: 'Application workload in a system namespace',
    severity: 'medium',
    description:
      "kube-system holds the service accounts, Secrets and RBAC of the cluster's own components (the controller manager's, the CNI's, the cloud provider's credentials), and is usually exempt from Pod Security and network policies. An application there shares all of it: whoever compromises it can mount those Secrets and act as those accounts. Reported: a workload in kube-system, kube-public or kube-node-lease. Not reported: cluster components, recognised by the system-cluster-critical or system-node-critical priority class that Kubernetes reserves for them.",
    remediation: 'Move the workload to a namespace of its own, with its own service account and policies.',
    references: [
      'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#initial-namespaces',
      'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#priorityclass',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.6.1'] },
    aliases: { trivy: ['KSV-0037'] },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    system: '{{workload}} runs in a system namespace, next to the credentials of the cluster components.',
  },
  check(ctx, doc) {
    const pods = doc.objects.flatMap((o) => podSpecOf(o) ?? []);
    if (!applies(ctx, pods.length, 'workload')) return;
    for (const pod of pods) {
      const o = pod.object;
      if (o.namespace === undefined || !SYSTEM_NAMESPACES.has(o.namespace)) continue;
      const priority = pod.spec.priorityClassName;
      if (typeof priority === 'string' && SYSTEM_PRIORITY.has(priority)) continue;
      ctx.report({
        messageId: 'system',
        node: o.at(['metadata', 'namespace']),
        data: { workload: ref(o), namespace: o.namespace },
      });
    }
  },
});
