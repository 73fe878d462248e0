import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { WORKLOAD_KINDS } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { applies, ref } from '../objects.js';

/** Namespaced kinds users create (checkov's list, plus the kinds that go with them). */
const NAMESPACED = new Set([
  ...WORKLOAD_KINDS,
  'Service',
  'Secret',
  'ConfigMap',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'Ingress',
  'NetworkPolicy',
  'PersistentVolumeClaim',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
]);

/** Objects Kubernetes itself keeps in `default`. */
function isSystemObject(kind: string, name: string): boolean {
  return (
    (kind === 'ServiceAccount' && name === 'default') ||
    (kind === 'Service' && name === 'kubernetes') ||
    (kind === 'ConfigMap' && name === 'kube-root-ca.crt')
  );
}

export default defineAuditRule<KubernetesDoc, 'explicit' | 'implicit'>({
  id: 'KS021',
  name: 'default-namespace',
  source: 'kubernetes',
  meta: {
    title: 'Object in the default namespace',
    severity: 'low',
    description:
      "The `default` namespace is where everything lands that names no namespace: unrelated applications end up sharing its service accounts, Secrets, RBAC and network policies, and no boundary separates them. CIS 5.6.4 asks for namespaces per application or team. Reported: `metadata.namespace: default`, and a namespaced object without `metadata.namespace` (applied as is, it goes to the kubectl context's namespace, `default` unless set) on workloads, Services, Secrets, ConfigMaps, ServiceAccounts, Roles, RoleBindings, Ingresses, NetworkPolicies, PersistentVolumeClaims, HorizontalPodAutoscalers and PodDisruptionBudgets. Not reported: what Kubernetes keeps there itself (the `default` ServiceAccount, the `kubernetes` Service, the `kube-root-ca.crt` ConfigMap). Manifests deployed with `kubectl -n`, Kustomize `namespace:` or Helm get their namespace at apply time; suppress the rule for them with a reason.",
    remediation:
      'Create a namespace per application or team and set `metadata.namespace` on every object (or the `namespace:` of the Kustomization that applies them).',
    references: [
      'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
      'https://kubernetes.io/docs/concepts/security/multi-tenancy/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.6.4'] },
    aliases: { checkov: ['CKV_K8S_21'], trivy: ['KSV-0110'], kubescape: ['C-0212', 'C-0061'] },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    explicit: '{{name}} is in the default namespace, shared with everything that names none.',
    implicit: '{{name}} names no namespace: applied as is, it lands in the default namespace.',
  },
  check(ctx, doc) {
    const judged = doc.objects.filter((o) => NAMESPACED.has(o.kind) && !isSystemObject(o.kind, o.name));
    if (!applies(ctx, judged.length, 'namespaced object')) return;
    for (const o of judged) {
      if (o.namespace === 'default')
        ctx.report({ messageId: 'explicit', node: o.at(['metadata', 'namespace']), data: { name: ref(o) } });
      else if (o.namespace === undefined)
        ctx.report({ messageId: 'implicit', node: o.at(['metadata', 'name']), data: { name: ref(o) } });
    }
  },
});
