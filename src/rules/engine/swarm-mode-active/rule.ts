import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { daemonAt } from '../helpers.js';

export default defineAuditRule<EngineDoc, 'active'>({
  id: 'EN001',
  name: 'swarm-mode-active',
  source: 'engine',
  meta: {
    title: 'Swarm mode is enabled',
    severity: 'low',
    description:
      "The engine is part of a swarm (`docker info`: Swarm.LocalNodeState active or pending). Swarm mode opens the cluster management port (2377/tcp on managers), the gossip port (7946) and the overlay data port (4789/udp), and a manager holds the swarm's secrets and can schedule containers on every node. An engine that does not serve a swarm should not be in one.",
    remediation:
      'If the engine is not meant to be part of a swarm, leave it: `docker swarm leave` (`--force` on the last manager).',
    references: [
      'https://docs.docker.com/engine/swarm/swarm-mode/',
      'https://docs.docker.com/reference/cli/docker/swarm/leave/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.1'] },
    aliases: { 'docker-bench': ['5.1'] },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    active: 'The engine is a swarm {{role}} (Swarm.LocalNodeState {{state}}); leave the swarm if it is not needed.',
  },
  check(ctx, doc) {
    const swarm = doc.snapshot.info?.Swarm as Record<string, unknown> | undefined;
    if (!swarm) return ctx.skip('the engine reported no swarm state');
    const state = String(swarm.LocalNodeState ?? '');
    if (state === 'active' || state === 'pending')
      ctx.report({
        messageId: 'active',
        logical: daemonAt(doc, 'Swarm.LocalNodeState'),
        data: { state, role: swarm.ControlAvailable === true ? 'manager' : 'node' },
      });
  },
});
