import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, hostPathsOf } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'hostPath'>({
  id: 'RT019',
  name: 'host-path-volume',
  source: 'runtime',
  meta: {
    title: 'hostPath volume',
    severity: 'medium',
    description:
      "A hostPath volume exposes part of the node's filesystem to the pod. Writable, it lets the pod plant files the node will read or run (configuration, logs followed by agents, other pods' data); read-only, it still discloses what is there; and symlinks or sub-paths have repeatedly been used to escape it. The pod is also pinned to whatever the node holds, so its behaviour differs from node to node. The volume counts even when no container mounts it yet: any container added to the pod, an ephemeral debug container included, can. Pod Security Standards: baseline. Compose bind mounts are the same mechanism but routine for development; only the sensitive ones are reported there (RT020, RT021).",
    remediation:
      'Use a persistentVolumeClaim, emptyDir, configMap, secret or a CSI volume instead. If a node agent needs host files, mount the narrowest path, `readOnly: true`, and suppress the finding with the reason.',
    references: [
      'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.2.11'] },
    aliases: { trivy: ['KSV-0023'], polaris: ['hostPathSet'], kubescape: ['C-0048'] },
    stride: ['tampering', 'information-disclosure', 'elevation-of-privilege'],
  },
  messages: {
    hostPath: '{{owner}}: declares a hostPath volume of the node path {{path}}.',
  },
  check(ctx, doc) {
    for (const h of hostPathsOf(containersOf(ctx, doc, { sources: ['kubernetes'] })))
      ctx.report({ messageId: 'hostPath', node: h.node, data: { owner: h.owner, path: h.path || '(no path)' } });
  },
});
