import type { K8sObject, KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import {
  apiGroupOf,
  applies,
  clusterObjects,
  labelSelector,
  namespaceKey,
  podTemplateOf,
  ref,
  selects,
  valueAt,
} from '../objects.js';

export default defineAuditRule<KubernetesDoc, 'noBudget' | 'noPolicy'>({
  id: 'KS028',
  name: 'workload-disruption-budget',
  source: 'kubernetes',
  meta: {
    title: 'Replicated workload without a PodDisruptionBudget',
    severity: 'low',
    description:
      'A node drain (an upgrade, a scale-down, a spot instance reclaimed) evicts every pod of the node at once unless a PodDisruptionBudget says how many must stay up; the replicas of a Deployment often share a node, so the service goes down although it was replicated. Reported: a Deployment or StatefulSet with more than one replica, or whose replica count is left to an autoscaler or `kubectl scale` (no `replicas`), that no PodDisruptionBudget of its namespace selects among the objects audited together (see KS019 for how files are grouped); and a PodDisruptionBudget that sets neither minAvailable nor maxUnavailable. Not reported: workloads with `replicas: 1` or 0, for which a budget can only block drains.',
    remediation:
      'Add a PodDisruptionBudget selecting the pod template labels with `maxUnavailable: 1` (or a `minAvailable` below the replica count), and spread the replicas over nodes with topologySpreadConstraints.',
    references: [
      'https://kubernetes.io/docs/concepts/workloads/pods/disruptions/',
      'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
    ],
    frameworks: {},
    aliases: {
      'kube-score': [
        'deployment-has-poddisruptionbudget',
        'statefulset-has-poddisruptionbudget',
        'poddisruptionbudget-has-policy',
      ],
    },
    stride: ['denial-of-service'],
  },
  messages: {
    noBudget:
      '{{workload}} runs {{replicas}} without a PodDisruptionBudget: a node drain can evict all its pods at once.',
    noPolicy: '{{name}} sets neither minAvailable nor maxUnavailable: it protects nothing.',
  },
  check(ctx, doc) {
    const budgets = clusterObjects(doc).filter(isBudget);
    const judged = doc.objects.filter((o) => isBudget(o) || isDeploymentOrStatefulSet(o));
    if (!applies(ctx, judged.length, 'Deployment, StatefulSet or PodDisruptionBudget')) return;
    for (const o of judged) {
      if (isBudget(o)) {
        const spec = valueAt(o.value, ['spec']);
        if (valueAt(spec, ['minAvailable']) === undefined && valueAt(spec, ['maxUnavailable']) === undefined)
          ctx.report({ messageId: 'noPolicy', node: o.at(['spec'], 'key'), data: { name: ref(o) } });
        continue;
      }
      const replicas = valueAt(o.value, ['spec', 'replicas']);
      if (typeof replicas === 'number' && replicas < 2) continue;
      const pod = podTemplateOf(o);
      if (!pod) continue;
      const covered = budgets.some(
        (b) =>
          namespaceKey(b) === namespaceKey(o) &&
          selects(labelSelector(valueAt(b.value, ['spec', 'selector'])), pod.labels),
      );
      if (covered) continue;
      ctx.report({
        messageId: 'noBudget',
        node: typeof replicas === 'number' ? o.at(['spec', 'replicas'], 'key') : o.at(['metadata', 'name']),
        data: {
          workload: ref(o),
          replicas: typeof replicas === 'number' ? `${replicas} replicas` : 'a replica count set outside the manifest',
        },
      });
    }
  },
});

const isBudget = (o: K8sObject): boolean => o.kind === 'PodDisruptionBudget' && apiGroupOf(o) === 'policy';
const isDeploymentOrStatefulSet = (o: K8sObject): boolean =>
  (o.kind === 'Deployment' || o.kind === 'StatefulSet') && apiGroupOf(o) !== '';
