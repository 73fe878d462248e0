import type { ComponentPredicate } from '../../predicate.js';

/**
 * Docker and Kubernetes components. Their threats (etcd encryption, daemon and API-server audit logs, secrets in
 * images) are written by the docker and kubernetes rules, which know the component; the generic rules stay out of
 * their way so that one weakness is not reported twice.
 */
export const CONTAINER_PLATFORM: ComponentPredicate = {
  tech: ['docker', 'kubernetes', 'container', 'container-runtime', 'kubernetes-workload', 'image-registry'],
};

/** Asset classifications whose disclosure or loss hurts: what an attacker comes for. */
export const SENSITIVE = ['pii', 'payment', 'credentials', 'secret', 'intellectual-property'] as const;
