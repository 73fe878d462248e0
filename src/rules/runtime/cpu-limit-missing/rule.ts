import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, unset, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT029',
  name: 'cpu-limit-missing',
  source: 'runtime',
  meta: {
    title: 'CPU limit not set',
    severity: 'low',
    description:
      'Without a CPU limit a container can use every core of its node when it spins (a busy loop, a crypto miner, a regular-expression denial of service), starving its neighbours of CPU time beyond what their requests guarantee. Some operators leave CPU limits off on purpose to avoid throttling latency-sensitive services; suppress the rule with that reason where it applies. Not part of the Pod Security Standards.',
    remediation: 'Set `resources.limits.cpu` on every container (compose: `cpus` or `deploy.resources.limits.cpus`).',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      'https://docs.docker.com/engine/containers/resource_constraints/',
    ],
    frameworks: { design: ['resource-limits'], 'cis-docker-1.6.0': ['5.12'] },
    aliases: {
      trivy: ['KSV-0011'],
      checkov: ['CKV_K8S_11'],
      kubesec: ['LimitsCPU'],
      polaris: ['cpuLimitsMissing'],
      kubescape: ['C-0270'],
    },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} has no CPU limit; it can starve its neighbours of CPU.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { roles: RUNNING }))
      if (unset(r.cpuLimit)) ctx.report({ messageId: 'missing', node: r.cpuLimit?.node ?? r.node, data: who(r) });
  },
});
