import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

/** The sysctls the Pod Security Standards (baseline) allow: namespaced and isolated from other pods. */
export const SAFE_SYSCTLS: readonly string[] = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];

export default defineAuditRule<RuntimeDoc, 'unsafe'>({
  id: 'RT048',
  name: 'unsafe-sysctls',
  source: 'runtime',
  meta: {
    title: 'Unsafe sysctl set',
    severity: 'medium',
    description: `The workload sets a kernel parameter outside the safe set (${SAFE_SYSCTLS.join(
      ', ',
    )}). Other sysctls are either not namespaced, so they change the node for every pod, or namespaced but able to exhaust shared kernel resources (message queues, shared memory, socket backlogs) or weaken network isolation; the kubelet rejects them unless allowed node by node. Pod Security Standards: baseline. Names with \`/\` separators are read as dotted names.`,
    remediation:
      'Remove the sysctl, or run the workload on dedicated, tainted nodes whose kubelet allows exactly that sysctl (`--allowed-unsafe-sysctls`), and suppress the finding with the reason.',
    references: [
      'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    frameworks: {},
    aliases: { trivy: ['KSV-0026'] },
    stride: ['denial-of-service', 'tampering'],
  },
  messages: {
    unsafe: '{{owner}}: sets the unsafe sysctl {{sysctl}}.',
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc)) {
      for (const s of r.sysctls ?? []) {
        const name = s.name.trim().replaceAll('/', '.');
        if (!SAFE_SYSCTLS.includes(name) && first(s.node))
          ctx.report({ messageId: 'unsafe', node: s.node, data: { owner: r.owner, sysctl: name } });
      }
    }
  },
});
