import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

const SHARED = new Set(['bidirectional', 'shared', 'rshared']);

export default defineAuditRule<RuntimeDoc, 'shared'>({
  id: 'RT022',
  name: 'mount-propagation-shared',
  source: 'runtime',
  meta: {
    title: 'Mount propagation shared with the host',
    severity: 'high',
    description:
      'A mount with shared propagation (Kubernetes `mountPropagation: Bidirectional`, compose/docker `bind.propagation: shared` or `rshared`) sends mounts made inside the container back to the host and to every other container that shares the mount: a compromised container can mount over host paths other workloads and the host rely on. Kubernetes allows Bidirectional only for privileged containers, which is why storage drivers are the only legitimate users. The Pod Security Standards do not name propagation, but Bidirectional needs a privileged container, which baseline forbids.',
    remediation:
      'Use the default (`None` / `rprivate`), or `HostToContainer` / `rslave` when the container must see mounts the host makes later.',
    references: [
      'https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation',
      'https://docs.docker.com/engine/storage/bind-mounts/#configure-bind-propagation',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.20'] },
    aliases: { 'docker-bench': ['5.20'] },
    stride: ['tampering', 'elevation-of-privilege'],
  },
  messages: {
    shared: '{{container}} mounts {{target}} with {{propagation}} propagation; its mounts reach the host.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      for (const m of r.mounts) {
        if (m.propagation && SHARED.has(m.propagation.toLowerCase()))
          ctx.report({
            messageId: 'shared',
            node: m.node,
            data: { ...who(r), target: m.target || m.source, propagation: m.propagation },
          });
      }
    }
  },
});
