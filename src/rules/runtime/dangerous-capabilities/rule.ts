import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

/** Capabilities that give a path to host root or kernel control, with the reason shown in the finding. */
export const DANGEROUS: Readonly<Record<string, string>> = {
  ALL: 'every capability, SYS_ADMIN included',
  NET_ADMIN: 'reconfigures interfaces, routes and iptables of the network namespace',
  SYS_MODULE: 'loads kernel modules: code in the host kernel',
  SYS_PTRACE: 'traces and injects into other processes, host ones with hostPID',
  SYS_RAWIO: 'raw I/O on devices and ports',
  SYS_BOOT: 'reboots the host',
  SYS_TIME: 'sets the host clock',
  DAC_READ_SEARCH: 'opens host files by handle (the "shocker" breakout)',
  BPF: 'loads BPF programs into the kernel',
  PERFMON: 'reads kernel and other processes through perf',
  MAC_ADMIN: 'changes the AppArmor or SELinux policy',
  MAC_OVERRIDE: 'bypasses the AppArmor or SELinux policy',
  SYSLOG: 'reads the kernel log and kernel addresses',
};

export default defineAuditRule<RuntimeDoc, 'dangerous'>({
  id: 'RT012',
  name: 'dangerous-capabilities',
  source: 'runtime',
  meta: {
    title: 'Dangerous capability added',
    severity: 'high',
    description: `The container adds a capability that reaches past the container: ${Object.entries(DANGEROUS)
      .map(([c, why]) => `${c} (${why})`)
      .join(
        ', ',
      )}. CAP_SYS_ADMIN is reported by RT011. The CIS Docker Benchmark (5.4) asks for capabilities to be restricted; docker-bench's community checks C.5.3.1, C.5.3.2 and C.5.3.4 each ban one of these (DAC_READ_SEARCH, SYS_MODULE, SYS_PTRACE) and are not listed as equivalents of the whole list. The Pod Security Standards (baseline) forbid all of them.`,
    remediation:
      'Remove the capability from `capabilities.add` / `cap_add`; if a workload truly needs it (a CNI agent needs NET_ADMIN), run it as a dedicated, reviewed system component and suppress the finding with the reason.',
    references: [
      'https://man7.org/linux/man-pages/man7/capabilities.7.html',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.4'], 'cis-kubernetes-1.12.0': ['5.2.9'] },
    aliases: {},
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    dangerous: '{{container}} adds {{capability}}: {{why}}.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      for (const c of r.capAdd) {
        const why = DANGEROUS[c.value];
        if (why) ctx.report({ messageId: 'dangerous', node: c.node, data: { ...who(r), capability: c.value, why } });
      }
    }
  },
});
