import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'unmasked'>({
  id: 'RT047',
  name: 'proc-mount-unmasked',
  source: 'runtime',
  meta: {
    title: '/proc mounted unmasked',
    severity: 'high',
    description:
      'The runtime normally masks and makes read-only the parts of `/proc` that reach the host kernel (`/proc/kcore`, `/proc/sysrq-trigger`, `/proc/sys`, timer and keyring lists). `procMount: Unmasked` removes those masks: together with root in the container they let it read kernel memory, trigger SysRq on the host and change kernel parameters. It exists for nested container runtimes in user namespaces only. Pod Security Standards: baseline.',
    remediation: 'Remove `procMount: Unmasked` (use the `Default` proc mount).',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1',
    ],
    frameworks: {},
    aliases: { trivy: ['KSV-0027'] },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    unmasked: '{{container}} mounts /proc unmasked; host kernel interfaces are exposed.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      if (r.procMount && r.procMount.value !== 'Default')
        ctx.report({ messageId: 'unmasked', node: r.procMount.node, data: who(r) });
    }
  },
});
