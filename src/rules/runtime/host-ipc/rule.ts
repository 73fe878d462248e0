import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'hostIpc'>({
  id: 'RT015',
  name: 'host-ipc',
  source: 'runtime',
  meta: {
    title: "Host's IPC namespace shared",
    severity: 'high',
    description:
      "With the host's IPC namespace (`hostIPC: true`, compose `ipc: host`) the container can read and write the shared memory segments, semaphores and message queues of every process on the node (`/dev/shm` included), where databases and other services keep data in clear. Pod Security Standards: baseline.",
    remediation:
      'Remove `hostIPC: true` / `ipc: host`; share memory between containers of one pod through an emptyDir with `medium: Memory`.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://docs.docker.com/reference/cli/docker/container/run/#ipc',
    ],
    frameworks: { design: ['namespace-isolation'], 'cis-docker-1.6.0': ['5.17'], 'cis-kubernetes-1.12.0': ['5.2.4'] },
    aliases: {
      trivy: ['KSV-0008'],
      checkov: ['CKV_K8S_18'],
      kubesec: ['HostIPC'],
      polaris: ['hostIPCSet'],
      'docker-bench': ['5.17'],
      kics: ['shared_host_ipc_namespace'],
    },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    hostIpc: "{{owner}}: shares the host's IPC namespace; it can read other processes' shared memory.",
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc)) {
      if (r.hostIpc?.value === true && first(r.hostIpc.node))
        ctx.report({ messageId: 'hostIpc', node: r.hostIpc.node, data: { owner: r.owner } });
    }
  },
});
