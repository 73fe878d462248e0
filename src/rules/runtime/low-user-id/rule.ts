import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode, userOf, who } from '../helpers.js';

export const HIGH_ID = 10000;

export default defineAuditRule<RuntimeDoc, 'low' | 'missing'>({
  id: 'RT006',
  name: 'low-user-id',
  source: 'runtime',
  meta: {
    title: 'Container user ID below 10000',
    severity: 'low',
    description:
      "The container runs with a UID below 10000, or with none set (the image's user, usually root). Host accounts use low UIDs: a process that escapes the container, or writes to a host mount, acts as that host user. A UID of 10000 or more, not used on the host, keeps an escape from landing in a real account. User namespaces (`hostUsers: false`) map container UIDs away from the host's, so the UID no longer matters there. Checkov and kube-score accept 10000; trivy and kubesec ask for more than 10000. Not part of the Pod Security Standards, which require a non-root user (RT003, RT004) but not a high one.",
    remediation:
      'Set `securityContext.runAsUser` to an unused UID of 10000 or more (compose: `user: "10001:10001"`), or run the pod in a user namespace (`hostUsers: false`).',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.2.7'] },
    aliases: {
      trivy: ['KSV-0020'],
      checkov: ['CKV_K8S_40'],
      kubesec: ['RunAsUser'],
      'kube-score': ['container-security-context-user-group-id'],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    low: '{{container}} runs as UID {{uid}}, below 10000 where host accounts live.',
    missing: '{{container}} sets no user ID; the image decides (usually root).',
  },
  check(ctx, doc) {
    const low = [];
    for (const r of containersOf(ctx, doc)) {
      if (r.hostUserns?.value === false) continue;
      const { uid } = userOf(r);
      if (!uid) ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
      else if (uid.value < HIGH_ID) low.push({ node: uid.node, r, id: uid.value });
    }
    // A pod-level id is one finding naming every container that inherits it.
    for (const g of groupByNode(low))
      ctx.report({ messageId: 'low', node: g.node, data: { container: g.container, uid: g.first.id } });
  },
});
