import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'noDrop' | 'partialDrop'>({
  id: 'RT008',
  name: 'capabilities-not-dropped',
  source: 'runtime',
  meta: {
    title: 'Capabilities not dropped (ALL)',
    severity: 'medium',
    description:
      "The container keeps the engine's default capability set (CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, NET_RAW, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT, AUDIT_WRITE) because it does not drop ALL. Each is a privilege root in the container holds without needing it: NET_RAW forges packets, DAC_OVERRIDE ignores file permissions, MKNOD creates device nodes. Dropping ALL and adding back only what the process needs is the least-privilege baseline; the Pod Security Standards (restricted) require `drop: [ALL]`. Names are compared without the `CAP_` prefix and case (`all`, `CAP_ALL`). KICS's container_capabilities_unrestricted (listed here and on RT010) reports a service with `cap_add` or without `cap_drop`; it accepts any `cap_drop` list where this rule asks for ALL.",
    remediation:
      'Kubernetes: `securityContext.capabilities.drop: [ALL]` and add back only the needed capabilities. Compose: `cap_drop: [ALL]` with a minimal `cap_add`.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities',
      'https://man7.org/linux/man-pages/man7/capabilities.7.html',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.4'], 'cis-kubernetes-1.12.0': ['5.2.9'] },
    aliases: {
      trivy: ['KSV-0003'],
      checkov: ['CKV_K8S_37'],
      kubesec: ['CapDropAll'],
      kics: ['container_capabilities_unrestricted'],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    noDrop: '{{container}} drops no capabilities; it keeps the default set, NET_RAW included.',
    partialDrop: '{{container}} drops {{dropped}} but not ALL; the rest of the default set stays.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      if (r.capDrop.some((c) => c.value === 'ALL')) continue;
      const first = r.capDrop[0];
      if (first)
        ctx.report({
          messageId: 'partialDrop',
          node: first.node,
          data: { ...who(r), dropped: r.capDrop.map((c) => c.value).join(', ') },
        });
      else ctx.report({ messageId: 'noDrop', node: r.node, data: who(r) });
    }
  },
});
