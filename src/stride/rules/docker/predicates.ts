import type { ComponentPredicate } from '../../predicate.js';

/**
 * Building blocks shared by the Docker rules. They expand into each rule's `appliesTo`, so a rule's generated doc
 * still shows the whole condition.
 */

/**
 * A container run by a Docker engine: tech `container`, or anything placed inside a `container` boundary (a model
 * inferred from docker-compose gives a container's process its own tech, such as nginx). Kubernetes workloads are
 * left to the Kubernetes rules, which name the Pod Security and CIS Kubernetes controls instead.
 */
export const DOCKER_CONTAINER: ComponentPredicate = {
  all: [
    { any: [{ tech: 'container' }, { inBoundary: 'container' }] },
    { not: { kind: ['actor', 'external'] } },
    { not: { tech: ['kubernetes', 'kubernetes-workload'] } },
    { not: { inBoundary: ['cluster', 'namespace'] } },
  ],
};

/**
 * A Docker container whose process runs as root: Docker's default whenever the image sets no USER and `docker run`
 * gives no `--user`. Only a `runsAsRoot: false` claim (checked against the Dockerfile or `docker inspect`) clears it.
 */
export const ROOT_DOCKER_CONTAINER: ComponentPredicate = {
  all: [DOCKER_CONTAINER, { not: { property: 'runsAsRoot', equals: false } }],
};

/**
 * Something that drives Docker from outside the daemon: an administrator's Docker client or a CI runner, which call
 * the same API to build, run and push.
 */
export const DOCKER_CLIENT: ComponentPredicate = { tech: ['docker-client', 'ci-system'] };

/** A registry anyone can publish to: Docker Hub, or any image registry that sits on the internet. */
export const PUBLIC_REGISTRY: ComponentPredicate = {
  all: [{ tech: 'image-registry' }, { any: [{ tech: 'docker-hub' }, { inInternet: true }] }],
};

/** The daemon serves its API over TLS: some caller reaches it on an encrypted flow. */
export const DAEMON_SERVES_TLS: ComponentPredicate = {
  all: [{ tech: 'docker-daemon' }, { inbound: { encrypted: true } }],
};
