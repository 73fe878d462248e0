import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { isNetworkPolicy, policyOf } from '../networkpolicies.js';
import { applies, clusterObjects, namespaceKey, podTemplateOf, ref } from '../objects.js';

export default defineAuditRule<KubernetesDoc, 'selectsNothing'>({
  id: 'KS020',
  name: 'networkpolicy-selects-no-pod',
  source: 'kubernetes',
  meta: {
    title: 'NetworkPolicy selects no pod',
    severity: 'low',
    description:
      'A NetworkPolicy whose podSelector matches none of the workloads of its namespace isolates nothing: usually a label that was renamed on one side, leaving the pods it was written for open while the policy gives the impression they are protected. Reported: a NetworkPolicy whose namespace has workloads among the objects audited together (see KS019 for how files are grouped) and none of whose pods it selects. Not reported: a policy audited without any workload of its namespace, since its pods may be defined elsewhere.',
    remediation:
      'Make the podSelector match the labels of the pod template it protects (`kubectl get pods -l <selector>` lists what it selects).',
    references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource'],
    frameworks: {},
    aliases: { 'kube-score': ['networkpolicy-targets-pod'] },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    selectsNothing: '{{name}} selects none of the {{count}} workload(s) of its namespace: it isolates nothing.',
  },
  check(ctx, doc) {
    const policies = doc.objects.filter(isNetworkPolicy).map(policyOf);
    if (!applies(ctx, policies.length, 'NetworkPolicy')) return;
    const pods = clusterObjects(doc).flatMap((o) => podTemplateOf(o) ?? []);
    const judged = policies.flatMap((policy) => {
      const local = pods.filter((p) => namespaceKey(p.object) === policy.namespace);
      return local.length > 0 ? [{ policy, local }] : [];
    });
    // A policy whose namespace has no workload among the objects audited may select pods defined elsewhere.
    if (!applies(ctx, judged.length, 'workload in the namespace of a NetworkPolicy')) return;
    for (const { policy, local } of judged) {
      if (local.some((p) => policy.selects(p))) continue;
      const o = policy.object;
      ctx.report({
        messageId: 'selectsNothing',
        node: o.at(['spec', 'podSelector'], 'key'),
        data: { name: ref(o), count: local.length },
      });
    }
  },
});
