// NetworkPolicy helpers: which pods a policy selects and which directions it isolates.
import type { K8sObject } from '../../sources/kubernetes/parse.js';
import { apiGroupOf, isStr, labelSelector, namespaceKey, type PodTemplate, selects, valueAt } from './objects.js';

export interface Policy {
  object: K8sObject;
  namespace: string;
  ingress: boolean;
  egress: boolean;
  selects(pod: PodTemplate): boolean;
}

const POLICY_GROUPS: ReadonlySet<string> = new Set(['networking.k8s.io', 'extensions']);

export function isNetworkPolicy(o: K8sObject): boolean {
  return o.kind === 'NetworkPolicy' && POLICY_GROUPS.has(apiGroupOf(o));
}

/** Kept per object: the audit of every manifest of a run reads the run's policies. */
const POLICIES = new WeakMap<K8sObject, Policy>();

/**
 * A NetworkPolicy as the API server defaults it: `policyTypes` absent means Ingress, plus Egress when the policy has
 * egress rules. A missing `podSelector` is the empty selector, which selects every pod of the namespace.
 */
export function policyOf(o: K8sObject): Policy {
  let policy = POLICIES.get(o);
  if (!policy) {
    policy = readPolicy(o);
    POLICIES.set(o, policy);
  }
  return policy;
}

function readPolicy(o: K8sObject): Policy {
  const types = valueAt(o.value, ['spec', 'policyTypes']);
  const listed = Array.isArray(types) ? types.filter(isStr) : undefined;
  const egressRules = valueAt(o.value, ['spec', 'egress']) !== undefined;
  const selector = labelSelector(valueAt(o.value, ['spec', 'podSelector']));
  const namespace = namespaceKey(o);
  return {
    object: o,
    namespace,
    ingress: listed ? listed.includes('Ingress') : true,
    egress: listed ? listed.includes('Egress') : egressRules,
    selects: (pod) => namespaceKey(pod.object) === namespace && selects(selector, pod.labels),
  };
}
