import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode, userOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'rootUser' | 'mayRunAsRoot' | 'noUser'>({
  id: 'RT003',
  name: 'runs-as-root',
  source: 'runtime',
  meta: {
    title: 'Container may run as root',
    severity: 'medium',
    description:
      "Nothing in the configuration keeps the container from running as root: the user is root (`runAsUser: 0`, compose `user: root`), or no user is set and the image's own USER (root for most images) applies. Root in a container is root on the host kernel's view of files it can reach, and is one kernel bug or one mount away from the host. A container is known to run as non-root when `runAsNonRoot: true` or a non-zero `runAsUser` applies to it (container settings override the pod's), or compose sets a non-root `user`. This is the effective check the CIS control asks for; the Pod Security Standards (restricted) additionally require `runAsNonRoot: true` to be written even when a non-zero UID is set, which RT004 checks. A workload whose pod spec is not a mapping (checkov's `*-malformed-spec` fixtures) is rejected by the API server; stridebench reports it as an `invalid-type` diagnostic and audits no container in it, where checkov fails this check, so those fixtures disagree on purpose.",
    remediation:
      'Kubernetes: set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` (pod or container level). Compose: set `user: "10001:10001"` (a non-root UID the image can run as).',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://docs.docker.com/engine/security/userns-remap/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.1'], 'cis-kubernetes-1.12.0': ['5.2.7'] },
    aliases: {
      checkov: ['CKV_K8S_23'],
      polaris: ['runAsRootAllowed'],
      kubescape: ['C-0013'],
      'docker-bench': ['4.1'],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    rootUser: '{{container}} runs as root (UID 0).',
    mayRunAsRoot:
      '{{container}} sets neither runAsNonRoot: true nor a non-zero runAsUser; it runs as root if its image does.',
    noUser: '{{container}} sets no user; it runs as root if its image does.',
  },
  check(ctx, doc) {
    const root = [];
    for (const r of containersOf(ctx, doc)) {
      const { uid, name } = userOf(r);
      if (uid?.value === 0) root.push({ node: uid.node, r });
      else if (!(r.runAsNonRoot?.value === true || (uid && uid.value > 0) || name))
        ctx.report({ messageId: r.source === 'kubernetes' ? 'mayRunAsRoot' : 'noUser', node: r.node, data: who(r) });
    }
    // A pod-level runAsUser: 0 is one finding naming every container that inherits it.
    for (const g of groupByNode(root))
      ctx.report({ messageId: 'rootUser', node: g.node, data: { container: g.container } });
  },
});
