import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'unconfined' | 'notAllowed'>({
  id: 'RT035',
  name: 'apparmor-unconfined',
  source: 'runtime',
  meta: {
    title: 'AppArmor profile disabled or not allowed',
    severity: 'high',
    description:
      "On AppArmor hosts the container runtime confines every container with its default profile (no mounts, no writes to /proc/sys, no raw access to kernel interfaces). This container turns it off (`appArmorProfile.type: Unconfined`, the annotation `container.apparmor.security.beta.kubernetes.io/<name>: unconfined`, compose `security_opt: [apparmor:unconfined]`), or, in Kubernetes, names a profile outside the allowed forms `runtime/default` and `localhost/<profile>`. Pod Security Standards: baseline. A container-level profile overrides the pod's. Not setting a profile keeps the runtime default and is not reported; kubesec's ApparmorAny, which asks for an explicit profile, is therefore not an equivalent.",
    remediation:
      'Remove the unconfined setting, or use `RuntimeDefault` / a `Localhost` profile loaded on every node (compose: `apparmor:<profile>`).',
    references: [
      'https://kubernetes.io/docs/tutorials/security/apparmor/',
      'https://docs.docker.com/engine/security/apparmor/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.2'] },
    aliases: { trivy: ['KSV-0002'], kubesec: ['ApparmorUnconfined'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    unconfined: '{{container}} runs without AppArmor confinement (unconfined).',
    notAllowed: '{{container}} uses AppArmor profile {{profile}}, not runtime/default or localhost/<profile>.',
  },
  check(ctx, doc) {
    const unconfined = [];
    const notAllowed = [];
    for (const r of containersOf(ctx, doc)) {
      const v = r.apparmor?.value;
      if (!r.apparmor || v === undefined) continue;
      if (v.toLowerCase() === 'unconfined') unconfined.push({ node: r.apparmor.node, r });
      else if (
        r.source === 'kubernetes' &&
        !(v === 'RuntimeDefault' || v === 'runtime/default' || v === 'Localhost' || /^localhost\//i.test(v))
      )
        notAllowed.push({ node: r.apparmor.node, r, profile: v });
    }
    for (const g of groupByNode(unconfined))
      ctx.report({ messageId: 'unconfined', node: g.node, data: { container: g.container } });
    for (const g of groupByNode(notAllowed))
      ctx.report({
        messageId: 'notAllowed',
        node: g.node,
        data: { container: g.container, profile: g.first.profile },
      });
  },
});
