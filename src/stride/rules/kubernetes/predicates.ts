import type { ComponentPredicate } from '../../predicate.js';
import { DANGEROUS_CAPABILITIES } from '../capabilities.js';

/**
 * Building blocks shared by the Kubernetes rules. They expand into each rule's `appliesTo`, so a rule's generated
 * doc still shows the whole condition.
 */

/**
 * A pod or a container of a pod: tech `pod` or `sidecar`, anything placed in a Kubernetes namespace (a model
 * inferred from manifests gives a workload the tech of its image, such as nginx or postgres), or a container inside
 * a cluster. This is the exact complement of the Docker rules' container predicate, which leaves containers in a
 * cluster or namespace to these rules. Cluster components that run as static pods keep their own rules.
 */
export const WORKLOAD: ComponentPredicate = {
  all: [
    { not: { kind: ['actor', 'external'] } },
    { not: { tech: ['kubernetes-control-plane', 'kubernetes-node', 'kubectl'] } },
    {
      any: [
        { tech: 'kubernetes-workload' },
        { inBoundary: 'namespace' },
        { all: [{ any: [{ tech: 'container' }, { inBoundary: 'container' }] }, { inBoundary: 'cluster' }] },
      ],
    },
  ],
};

/**
 * The component's own configuration is in the operator's hands. A managed control plane (EKS, GKE, AKS) is
 * configured and hardened by the provider, so threats about its flags and files are the provider's to mitigate.
 */
export const SELF_MANAGED: ComponentPredicate = { not: { property: 'managed', equals: true } };

/**
 * Callers are not required to authenticate: `authentication` is unset (the upstream default of kube-apiserver,
 * kubelet and etcd lets anonymous or unauthenticated callers in), `none` or `anonymous`. Declaring any other method
 * states that anonymous access is switched off.
 */
export const ANONYMOUS_ALLOWED: ComponentPredicate = {
  any: [
    { not: { property: 'authentication' } },
    { property: 'authentication', equals: 'none' },
    { property: 'authentication', equals: 'anonymous' },
  ],
};

/** A workload that the Pod Security Standards "baseline" profile would reject. */
export const BASELINE_VIOLATION: ComponentPredicate = {
  any: [
    { property: 'privileged', equals: true },
    { property: 'hostNamespaces', includes: ['pid', 'ipc', 'network'] },
    { property: 'capabilitiesAdded', includes: DANGEROUS_CAPABILITIES },
    { property: 'mountsDockerSocket', equals: true },
  ],
};
