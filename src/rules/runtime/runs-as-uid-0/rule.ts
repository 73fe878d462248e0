import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode, userOf } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'uid0'>({
  id: 'RT005',
  name: 'runs-as-uid-0',
  source: 'runtime',
  meta: {
    title: 'Container explicitly runs as UID 0',
    severity: 'high',
    description:
      'The configuration itself asks for root: `runAsUser: 0` (pod or container) or compose `user: root` / `user: "0"`. Unlike an image default, this is a decision written in the deployment, and it overrides a non-root USER in the image. The Pod Security Standards (restricted) forbid `runAsUser: 0`.',
    remediation: 'Remove `runAsUser: 0` / `user: root` and run as a non-zero UID the image supports.',
    references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
    frameworks: { 'cis-docker-1.6.0': ['4.1'], 'cis-kubernetes-1.12.0': ['5.2.7'] },
    aliases: { trivy: ['KSV-0105'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    uid0: '{{container}} is set to run as root (UID 0).',
  },
  check(ctx, doc) {
    const hits = containersOf(ctx, doc).flatMap((r) => {
      const { uid } = userOf(r);
      return uid?.value === 0 ? [{ node: uid.node, r }] : [];
    });
    for (const g of groupByNode(hits))
      ctx.report({ messageId: 'uid0', node: g.node, data: { container: g.container } });
  },
});
