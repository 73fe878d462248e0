import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'privileged'>({
  id: 'RT001',
  name: 'privileged',
  source: 'runtime',
  meta: {
    title: 'Privileged container',
    severity: 'critical',
    description:
      'A privileged container gets every capability, all host devices, and no seccomp or AppArmor confinement: root in it is root on the host, and breaking out takes one mount. It dissolves the isolation boundary of the whole host. Pod Security Standards: baseline.',
    remediation:
      'Remove `privileged: true`; grant only the specific capabilities or devices the workload needs (`cap_add`, `devices`, `securityContext.capabilities.add`).',
    references: [
      'https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.5'], 'cis-kubernetes-1.12.0': ['5.2.2'] },
    aliases: {
      trivy: ['KSV-0017'],
      checkov: ['CKV_K8S_16'],
      kubesec: ['Privileged'],
      'kube-score': ['container-security-context-privileged'],
      polaris: ['runAsPrivileged'],
      kubescape: ['C-0057'],
      'docker-bench': ['5.5'],
      kics: ['privileged_containers_enabled'],
    },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    privileged: '{{container}} runs privileged: root in it is root on the host.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      if (r.privileged?.value === true) ctx.report({ messageId: 'privileged', node: r.privileged.node, data: who(r) });
    }
  },
});
