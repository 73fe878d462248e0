import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'hostPid'>({
  id: 'RT014',
  name: 'host-pid',
  source: 'runtime',
  meta: {
    title: "Host's process namespace shared",
    severity: 'high',
    description:
      "With the host's PID namespace (`hostPID: true`, compose `pid: host`) the container sees every process on the node, with their command lines and environment (secrets passed as arguments or variables), and, as root or with SYS_PTRACE, can signal, trace and inject code into them, other containers' processes and the kubelet included. Pod Security Standards: baseline.",
    remediation:
      "Remove `hostPID: true` / `pid: host`. To inspect a pod's own processes use `shareProcessNamespace` within the pod (see RT018) or an ephemeral debug container.",
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://docs.docker.com/reference/cli/docker/container/run/#pid',
    ],
    frameworks: { design: ['namespace-isolation'], 'cis-docker-1.6.0': ['5.16'], 'cis-kubernetes-1.12.0': ['5.2.3'] },
    aliases: {
      trivy: ['KSV-0010'],
      checkov: ['CKV_K8S_17'],
      kubesec: ['HostPID'],
      polaris: ['hostPIDSet'],
      'docker-bench': ['5.16'],
      kics: ['host_namespace_is_shared'],
    },
    stride: ['information-disclosure', 'tampering', 'elevation-of-privilege'],
  },
  messages: {
    hostPid: "{{owner}}: shares the host's process namespace; it sees and can signal every process on the node.",
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc)) {
      if (r.hostPid?.value === true && first(r.hostPid.node))
        ctx.report({ messageId: 'hostPid', node: r.hostPid.node, data: { owner: r.owner } });
    }
  },
});
