import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, unset, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT030',
  name: 'cpu-request-missing',
  source: 'runtime',
  meta: {
    title: 'CPU request not set',
    severity: 'low',
    description:
      "Without a CPU request the container gets the smallest CPU weight and no guaranteed share, and the scheduler places it as if it used no CPU, so busy nodes starve it and it is hard to plan capacity. kube-score's container-resources check asks for CPU and memory requests together; it is listed here and on RT028. Not part of the Pod Security Standards.",
    remediation:
      'Set `resources.requests.cpu` on every container (compose: `cpu_shares` or `deploy.resources.reservations.cpus`).',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      'https://docs.docker.com/engine/containers/resource_constraints/',
    ],
    frameworks: {},
    aliases: {
      trivy: ['KSV-0015'],
      checkov: ['CKV_K8S_10'],
      polaris: ['cpuRequestsMissing'],
      'kube-score': ['container-resources'],
    },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} has no CPU request; it gets no guaranteed CPU share.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { roles: RUNNING }))
      if (unset(r.cpuRequest)) ctx.report({ messageId: 'missing', node: r.cpuRequest?.node ?? r.node, data: who(r) });
  },
});
