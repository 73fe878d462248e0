import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'hostProcess'>({
  id: 'RT052',
  name: 'windows-host-process',
  source: 'runtime',
  meta: {
    title: 'Windows HostProcess container',
    severity: 'critical',
    description:
      "A Windows HostProcess container (`windowsOptions.hostProcess: true`, pod or container level) runs directly on the Windows node as a host process, with the node's network and file system and, usually, SYSTEM privileges: it is the Windows equivalent of a privileged container with host namespaces. Pod Security Standards: baseline.",
    remediation: 'Remove `hostProcess: true`; reserve HostProcess containers for reviewed node components.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.2.10'] },
    aliases: { trivy: ['KSV-0103'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    hostProcess: '{{container}} runs as a Windows HostProcess, directly on the node.',
  },
  check(ctx, doc) {
    const hits = containersOf(ctx, doc, { sources: ['kubernetes'] }).flatMap((r) =>
      r.windowsHostProcess?.value === true ? [{ node: r.windowsHostProcess.node, r }] : [],
    );
    for (const g of groupByNode(hits))
      ctx.report({ messageId: 'hostProcess', node: g.node, data: { container: g.container } });
  },
});
