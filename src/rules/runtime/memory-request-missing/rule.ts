import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, unset, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT028',
  name: 'memory-request-missing',
  source: 'runtime',
  meta: {
    title: 'Memory request not set',
    severity: 'low',
    description:
      "Without a memory request the scheduler places the container as if it needed no memory, so nodes get overcommitted and the pod is among the first evicted under memory pressure (BestEffort or Burstable QoS). Requests are what keeps a node from being packed past what it can hold. kube-score's container-resources check asks for CPU and memory requests together; it is listed here and on RT030. Not part of the Pod Security Standards.",
    remediation:
      'Set `resources.requests.memory` on every container, from observed usage (compose: `deploy.resources.reservations.memory`).',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      'https://docs.docker.com/engine/containers/resource_constraints/',
    ],
    frameworks: {},
    aliases: {
      trivy: ['KSV-0016'],
      checkov: ['CKV_K8S_12'],
      polaris: ['memoryRequestsMissing'],
      'kube-score': ['container-resources'],
    },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} has no memory request; the scheduler can overcommit its node.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { roles: RUNNING }))
      if (unset(r.memoryRequest))
        ctx.report({ messageId: 'missing', node: r.memoryRequest?.node ?? r.node, data: who(r) });
  },
});
