import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'podPid' | 'other'>({
  id: 'RT018',
  name: 'shared-namespace',
  source: 'runtime',
  meta: {
    title: "Another container's namespaces shared",
    severity: 'medium',
    description:
      "The container joins another container's namespaces: compose `network_mode: service:<name>` or `container:<name>`, `pid:`/`ipc: container:<name>`, or Kubernetes `shareProcessNamespace: true`, which puts all containers of the pod in one PID namespace. The seed's Docker host threat model names this (Spoofing: a sidecar with access to the primary container's namespace may spoof it, resulting in isolation tampering): a sidecar in the same PID namespace sees the main process's command line and environment, can signal it and, with ptrace, read its memory and read its filesystem through `/proc/<pid>/root`; in the same network namespace it can bind the main container's ports on localhost and answer in its place. Each such sharing is an isolation boundary removed between two pieces of software of possibly different trust. Not part of the Pod Security Standards.",
    remediation:
      'Share namespaces only between containers of equal trust. Remove `shareProcessNamespace` unless a debugging or signalling sidecar needs it; prefer an ephemeral debug container. In compose, give each service its own network and talk over it.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
      'https://docs.docker.com/reference/compose-file/services/#network_mode',
    ],
    frameworks: { design: ['namespace-isolation'] },
    aliases: {},
    stride: ['spoofing', 'tampering', 'information-disclosure'],
  },
  messages: {
    podPid:
      "{{owner}}: shareProcessNamespace puts all its containers in one PID namespace; each can see, signal and read the others' processes.",
    other: '{{owner}}: joins {{what}} of {{target}}; the isolation between them is gone.',
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc)) {
      for (const s of r.sharedNamespaces) {
        if (!first(s.node)) continue;
        if (s.value === 'pod:pid') {
          ctx.report({ messageId: 'podPid', node: s.node, data: { owner: r.owner } });
          continue;
        }
        // `network:service:db` names the namespace; a bare `service:db` / `container:abc` does not.
        const parts = s.value.split(':');
        const kind = ['network', 'pid', 'ipc', 'uts'].includes(parts[0] ?? '') ? parts.shift() : undefined;
        ctx.report({
          messageId: 'other',
          node: s.node,
          data: { owner: r.owner, what: kind ? `the ${kind} namespace` : 'the namespaces', target: parts.join(':') },
        });
      }
    }
  },
});
