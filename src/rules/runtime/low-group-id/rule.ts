import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode, userOf, who } from '../helpers.js';
import { HIGH_ID } from '../low-user-id/rule.js';

export default defineAuditRule<RuntimeDoc, 'low' | 'missing'>({
  id: 'RT007',
  name: 'low-group-id',
  source: 'runtime',
  meta: {
    title: 'Container group ID below 10000',
    severity: 'low',
    description:
      "The container's primary group is below 10000, or not set (the image's group, usually root's GID 0). Files on host mounts and shared volumes are readable and writable by group: a low GID can match a host group (0 is root's, others are `docker`, `adm`, `disk`). A GID of 10000 or more, unused on the host, keeps the container's group access to itself. User namespaces (`hostUsers: false`) map group IDs away from the host's. kube-score's check covers user and group together: it is listed here and on RT006. Not part of the Pod Security Standards.",
    remediation:
      'Set `securityContext.runAsGroup` to an unused GID of 10000 or more (compose: `user: "10001:10001"`), or run the pod in a user namespace (`hostUsers: false`).',
    references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
    frameworks: {},
    aliases: {
      trivy: ['KSV-0021'],
      kubesec: ['RunAsGroup'],
      'kube-score': ['container-security-context-user-group-id'],
    },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    low: '{{container}} runs with GID {{gid}}, below 10000 where host groups live.',
    missing: '{{container}} sets no group ID; the image decides (usually GID 0).',
  },
  check(ctx, doc) {
    const low = [];
    for (const r of containersOf(ctx, doc)) {
      if (r.hostUserns?.value === false) continue;
      const { gid } = userOf(r);
      if (!gid) ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
      else if (gid.value < HIGH_ID) low.push({ node: gid.node, r, id: gid.value });
    }
    // A pod-level id is one finding naming every container that inherits it.
    for (const g of groupByNode(low))
      ctx.report({ messageId: 'low', node: g.node, data: { container: g.container, gid: g.first.id } });
  },
});
