import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'added'>({
  id: 'RT010',
  name: 'capabilities-added',
  source: 'runtime',
  meta: {
    title: 'Capabilities added',
    severity: 'low',
    description:
      'The container adds Linux capabilities to its set. Every added capability is a privilege an attacker inherits with the process, and the CIS Kubernetes control asks that containers run with no added capabilities unless a documented need exists. The Pod Security Standards (baseline) reject capabilities outside the default set, and (restricted) anything but NET_BIND_SERVICE; trivy and checkov flag any addition, and so does this rule, one finding per added capability. RT011 and RT012 single out the capabilities that amount to root on the host.',
    remediation:
      'Remove the `capabilities.add` / `cap_add` entries the process does not need; document the ones it does and suppress this rule for them with a reason.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://man7.org/linux/man-pages/man7/capabilities.7.html',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.4'], 'cis-kubernetes-1.12.0': ['5.2.9'] },
    aliases: { trivy: ['KSV-0022'], checkov: ['CKV_K8S_25'], kics: ['container_capabilities_unrestricted'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    added: '{{container}} adds capability {{capability}}.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      for (const c of r.capAdd)
        ctx.report({ messageId: 'added', node: c.node, data: { ...who(r), capability: c.value } });
    }
  },
});
