import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'writable' | 'notReadOnly'>({
  id: 'RT032',
  name: 'root-filesystem-writable',
  source: 'runtime',
  meta: {
    title: 'Root filesystem writable',
    severity: 'medium',
    description:
      "The container's root filesystem is writable (`readOnlyRootFilesystem` not true, compose `read_only` not true). An intruder can then replace binaries and libraries the application loads, drop tools and persist across process restarts within the container's life, and the image no longer describes what runs. A read-only root with explicit writable volumes (an emptyDir for /tmp) makes every write location a decision. Not part of the Pod Security Standards.",
    remediation:
      'Set `securityContext.readOnlyRootFilesystem: true` (compose `read_only: true`) and mount an emptyDir / tmpfs where the application must write (`/tmp`, caches).',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://docs.docker.com/reference/compose-file/services/#read_only',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.13'] },
    aliases: {
      trivy: ['KSV-0014'],
      checkov: ['CKV_K8S_22'],
      kubesec: ['ReadOnlyRootFilesystem'],
      'kube-score': ['container-security-context-readonlyrootfilesystem'],
      polaris: ['notReadOnlyRootFilesystem'],
      kubescape: ['C-0017'],
      'docker-bench': ['5.13'],
    },
    stride: ['tampering'],
  },
  messages: {
    writable: '{{container}} sets its root filesystem writable.',
    notReadOnly: '{{container}} does not make its root filesystem read-only.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      if (r.readOnlyRootFilesystem?.value === true) continue;
      if (r.readOnlyRootFilesystem)
        ctx.report({ messageId: 'writable', node: r.readOnlyRootFilesystem.node, data: who(r) });
      else ctx.report({ messageId: 'notReadOnly', node: r.node, data: who(r) });
    }
  },
});
