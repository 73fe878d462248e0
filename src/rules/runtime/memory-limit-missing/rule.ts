import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, unset, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT027',
  name: 'memory-limit-missing',
  source: 'runtime',
  meta: {
    title: 'Memory limit not set',
    severity: 'medium',
    description:
      "Without a memory limit a container can take all the memory of its node (a leak, a large request, a decompression bomb); the kernel then kills processes of other containers, or the kubelet evicts other pods, so one workload takes down its neighbours. The seed's Kubernetes threat model names it (Denial of service: no memory limits). Init containers count, since they run on the same node; ephemeral debug containers cannot set resources and are not checked. Not part of the Pod Security Standards.",
    remediation:
      'Set `resources.limits.memory` on every container (compose: `mem_limit` or `deploy.resources.limits.memory`), sized from observed usage; a LimitRange can give namespaces a default.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      'https://docs.docker.com/engine/containers/resource_constraints/',
    ],
    frameworks: { design: ['resource-limits'], 'cis-docker-1.6.0': ['5.11'] },
    aliases: {
      trivy: ['KSV-0018'],
      checkov: ['CKV_K8S_13'],
      kubesec: ['LimitsMemory'],
      polaris: ['memoryLimitsMissing'],
      kubescape: ['C-0271'],
      'docker-bench': ['5.11'],
      kics: ['memory_not_limited'],
    },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: "{{container}} has no memory limit; it can exhaust its node's memory.",
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { roles: RUNNING }))
      if (unset(r.memoryLimit)) ctx.report({ messageId: 'missing', node: r.memoryLimit?.node ?? r.node, data: who(r) });
  },
});
