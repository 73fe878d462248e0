import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, hostPathsOf, isRuntimeSocket, normalizeHostPath } from '../helpers.js';

/** Host directories whose exposure hands over the host, with the reason shown in findings. */
export const SENSITIVE_DIRECTORIES: Readonly<Record<string, string>> = {
  '/': "the host's whole filesystem",
  '/boot': 'kernels and boot loader',
  '/dev': 'every host device, disks included',
  '/etc': 'host configuration, the shadow file, cron and sudoers',
  '/lib': 'host libraries and kernel modules',
  '/lib64': 'host libraries',
  '/usr': 'host binaries and libraries',
  '/bin': 'host binaries',
  '/sbin': 'host system binaries',
  '/proc': "the host's process table and kernel settings",
  '/sys': 'kernel and device settings, cgroups',
  '/root': "root's home: keys and credentials",
  '/home': "users' homes: keys and credentials",
  '/run': 'runtime sockets (docker, containerd) and host state',
  '/var/run': 'runtime sockets (docker, containerd) and host state',
  '/var': "the host's mutable state: container storage, kubelet, logs",
  '/var/lib': "the host's mutable state: container storage, kubelet, databases",
  '/var/log': 'host logs; a writable /var/log lets a pod read any node file through the kubelet log symlinks',
};

/** Trees that hold cluster or engine credentials at any depth. */
export const SENSITIVE_TREES: Readonly<Record<string, string>> = {
  '/var/lib/kubelet': "the kubelet's state: every pod's secrets and service account tokens",
  '/var/lib/docker': "Docker's storage: every container's filesystem",
  '/var/lib/containerd': "containerd's storage: every container's filesystem",
  '/var/lib/etcd': "etcd's data: the whole cluster state, every Secret",
  '/etc/kubernetes': 'cluster PKI and kubeconfigs',
  '/root': "root's home: keys and credentials",
  '/proc': "the host's process table and kernel settings",
  '/sys': 'kernel and device settings, cgroups',
  '/boot': 'kernels and boot loader',
};

export function sensitiveReason(path: string): string | undefined {
  const p = normalizeHostPath(path);
  if (!p.startsWith('/')) return undefined;
  if (SENSITIVE_DIRECTORIES[p]) return SENSITIVE_DIRECTORIES[p];
  for (const [tree, why] of Object.entries(SENSITIVE_TREES)) if (p === tree || p.startsWith(`${tree}/`)) return why;
  return undefined;
}

export default defineAuditRule<RuntimeDoc, 'sensitive'>({
  id: 'RT020',
  name: 'sensitive-host-path',
  source: 'runtime',
  meta: {
    title: 'Sensitive host directory mounted',
    severity: 'high',
    description: `A host directory that controls the host is mounted into the container (a Kubernetes hostPath volume or a compose/docker bind mount): ${Object.keys(
      SENSITIVE_DIRECTORIES,
    ).join(
      ', ',
    )}, or anything under ${Object.keys(SENSITIVE_TREES).join(', ')}. Writable, such a mount is a direct path to root on the host (write a cron job, a kernel module, a kubelet credential); read-only, it still discloses password hashes, keys and every pod's secrets. Read-only mounts are reported too, because the disclosure is the threat; container runtime sockets are reported by RT021. Ordinary sub-paths (\`/etc/localtime\`, \`/etc/ssl/certs\`) are not reported. KICS's volume_has_sensitive_host_directory counts any path that merely starts with /var, /home, /srv, /media, /run... (an application's \`/var/lib/backup/data\` included) and is not listed as an equivalent. Pod Security Standards: baseline (no hostPath volumes).`,
    remediation:
      'Do not mount host system directories. Mount the single file or narrowest sub-directory the workload needs, read-only, or use a volume type that does not reach into the host.',
    references: [
      'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
      'https://docs.docker.com/engine/storage/bind-mounts/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.6'], 'cis-kubernetes-1.12.0': ['5.2.11'] },
    aliases: { 'docker-bench': ['5.6'] },
    stride: ['tampering', 'information-disclosure', 'elevation-of-privilege'],
  },
  messages: {
    sensitive: '{{owner}}: mounts the host path {{path}}: {{why}}.',
  },
  check(ctx, doc) {
    for (const h of hostPathsOf(containersOf(ctx, doc))) {
      if (isRuntimeSocket(h.path)) continue;
      const why = sensitiveReason(h.path);
      if (why) ctx.report({ messageId: 'sensitive', node: h.node, data: { owner: h.owner, path: h.path, why } });
    }
  },
});
