import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'privilegedPort'>({
  id: 'RT025',
  name: 'privileged-host-port',
  source: 'runtime',
  meta: {
    title: 'Privileged host port mapped',
    severity: 'low',
    description:
      'A host port below 1024 is mapped to the container. On the host, those ports are reserved to root so that clients can trust a service on them (SSH on 22, DNS on 53, the web on 80/443); a container that takes one can impersonate the host service that should be there, or shadow it when the host service stops. trivy KSV-0117 checks container ports below 1024, a different question, and is not listed as an equivalent. Pod Security Standards: baseline forbids host ports altogether (RT023).',
    remediation:
      'Map a host port of 1024 or above, and put a reviewed reverse proxy or load balancer on the well-known port.',
    references: ['https://docs.docker.com/reference/compose-file/services/#ports'],
    frameworks: { 'cis-docker-1.6.0': ['5.8'] },
    aliases: { 'docker-bench': ['5.8'] },
    stride: ['spoofing'],
  },
  messages: {
    privilegedPort: '{{container}} maps privileged host port {{port}}.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { roles: RUNNING })) {
      for (const p of r.ports)
        if (p.hostPort !== undefined && p.hostPort > 0 && p.hostPort < 1024)
          ctx.report({ messageId: 'privilegedPort', node: p.node, data: { ...who(r), port: p.hostPort } });
    }
  },
});
