import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'sysAdmin'>({
  id: 'RT011',
  name: 'sys-admin-capability',
  source: 'runtime',
  meta: {
    title: 'CAP_SYS_ADMIN added',
    severity: 'critical',
    description:
      'CAP_SYS_ADMIN is "the new root": it allows mount, namespace manipulation, BPF, keyctl and dozens of other administrative operations, and most known container breakouts (mounting the host disk, the cgroup release_agent escape) need nothing else. A container with SYS_ADMIN should be treated as privileged. This rule reports SYS_ADMIN named explicitly; `add: [ALL]` is reported by RT012. Pod Security Standards: baseline (SYS_ADMIN is outside the default set).',
    remediation:
      'Remove SYS_ADMIN from `capabilities.add` / `cap_add`. For FUSE or mounts, use a device plugin or a CSI driver; for debugging, an ephemeral debug container with a narrower profile.',
    references: ['https://man7.org/linux/man-pages/man7/capabilities.7.html', 'https://lwn.net/Articles/486306/'],
    frameworks: { 'cis-docker-1.6.0': ['5.4'], 'cis-kubernetes-1.12.0': ['5.2.9'] },
    aliases: {
      trivy: ['KSV-0005'],
      checkov: ['CKV_K8S_39'],
      kubesec: ['CapSysAdmin'],
      'docker-bench': ['C.5.3.3'],
    },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    sysAdmin: '{{container}} adds CAP_SYS_ADMIN, which is as good as privileged.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      for (const c of r.capAdd)
        if (c.value === 'SYS_ADMIN') ctx.report({ messageId: 'sysAdmin', node: c.node, data: who(r) });
    }
  },
});
