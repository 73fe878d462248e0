import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'unconfined'>({
  id: 'RT033',
  name: 'seccomp-unconfined',
  source: 'runtime',
  meta: {
    title: 'Seccomp disabled (Unconfined)',
    severity: 'high',
    description:
      "The configuration turns seccomp off (`seccompProfile.type: Unconfined`, the legacy `unconfined` annotation, compose `security_opt: [seccomp:unconfined]`). The default profile blocks about 50 system calls that containers do not need and that most kernel exploits used for breakouts rely on (`keyctl`, `unshare`, `ptrace` on old kernels, `bpf`, `userfaultfd`); unconfined, every kernel bug reachable by a system call is reachable from the container. Pod Security Standards: baseline. A container-level profile overrides the pod's. Docker reads `label:seccomp:unconfined` as an SELinux label option (and rejects it), not as a seccomp setting; KICS's default_seccomp_profile_disabled counts it as seccomp disabled and is not listed as an equivalent.",
    remediation:
      'Remove the Unconfined setting, or set `seccompProfile.type: RuntimeDefault` (compose: drop `seccomp:unconfined`, or give a custom profile that allows the one extra call needed).',
    references: [
      'https://kubernetes.io/docs/tutorials/security/seccomp/',
      'https://docs.docker.com/engine/security/seccomp/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.22'], 'cis-kubernetes-1.12.0': ['5.6.2'] },
    aliases: { kubesec: ['SeccompUnconfined'], 'docker-bench': ['5.22'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    unconfined: '{{container}} runs with seccomp Unconfined: every system call reaches the kernel.',
  },
  check(ctx, doc) {
    const hits = containersOf(ctx, doc).flatMap((r) =>
      r.seccomp && r.seccomp.value.toLowerCase() === 'unconfined' ? [{ node: r.seccomp.node, r }] : [],
    );
    for (const g of groupByNode(hits))
      ctx.report({ messageId: 'unconfined', node: g.node, data: { container: g.container } });
  },
});
