import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { apiGroupOf, applies, labelsOf, ref } from '../objects.js';

const ENFORCE = 'pod-security.kubernetes.io/enforce';
/** Namespaces where the cluster's own components run privileged by design. */
const SYSTEM = new Set(['kube-system']);

export default defineAuditRule<KubernetesDoc, 'missing' | 'privileged'>({
  id: 'KS027',
  name: 'namespace-without-pod-security',
  source: 'kubernetes',
  meta: {
    title: 'Namespace enforces no Pod Security Standard',
    severity: 'medium',
    description:
      "Pod Security Admission, built into the API server since Kubernetes 1.25, rejects pods that break the Pod Security Standard named by a namespace's `pod-security.kubernetes.io/enforce` label. Without the label (and without a cluster-wide default in the admission configuration, which this rule cannot see) every pod is admitted: privileged, on the host network, mounting the host's file system. CIS 5.2.1 asks for at least one active policy control mechanism. Reported: a Namespace object without the enforce label, or with `enforce: privileged`. Not reported: kube-system, whose components run privileged by design. A cluster that sets the default in its AdmissionConfiguration or uses another admission controller (Kyverno, Gatekeeper) can suppress the rule with that reason.",
    remediation:
      'Label each namespace with `pod-security.kubernetes.io/enforce: restricted` (or `baseline` where a workload needs it), with `enforce-version` pinned; roll out with the `warn` and `audit` labels first.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
    ],
    frameworks: { design: ['admission-control'], 'cis-kubernetes-1.12.0': ['5.2.1'] },
    aliases: {},
    stride: ['elevation-of-privilege'],
  },
  messages: {
    missing: '{{name}} has no {{label}} label: any pod, privileged ones included, is admitted.',
    privileged: '{{name}} enforces the privileged Pod Security Standard, which admits any pod.',
  },
  check(ctx, doc) {
    const namespaces = doc.objects.filter((o) => o.kind === 'Namespace' && apiGroupOf(o) === '');
    const judged = namespaces.filter((o) => !SYSTEM.has(o.name));
    if (!applies(ctx, judged.length, namespaces.length ? 'Namespace other than kube-system' : 'Namespace')) return;
    for (const o of judged) {
      const level = labelsOf(o)[ENFORCE];
      if (level === undefined)
        ctx.report({ messageId: 'missing', node: o.at(['metadata', 'name']), data: { name: ref(o), label: ENFORCE } });
      else if (level === 'privileged')
        ctx.report({ messageId: 'privileged', node: o.at(['metadata', 'labels', ENFORCE]), data: { name: ref(o) } });
    }
  },
});
