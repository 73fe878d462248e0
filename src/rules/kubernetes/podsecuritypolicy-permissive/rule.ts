import type { SourceNode } from '../../../core/location.js';
import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { normalizeCapability } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { apiGroupOf, applies, isObj, isStr, ref, valueAt } from '../objects.js';

type Message = 'allows';

export default defineAuditRule<KubernetesDoc, Message>({
  id: 'KS026',
  name: 'podsecuritypolicy-permissive',
  source: 'kubernetes',
  meta: {
    title: 'PodSecurityPolicy admits privileged pods',
    severity: 'high',
    description:
      'On clusters up to Kubernetes 1.24, a PodSecurityPolicy is what admits or rejects pods: every pod its users may create can use what it allows. CIS 5.2 asks that the policies in force admit no privileged containers, no host PID, IPC or network namespace, no privilege escalation, no root, no NET_RAW and no added capabilities. Reported, each at its field: `privileged: true`, `hostPID`, `hostIPC` or `hostNetwork: true`, `allowPrivilegeEscalation` true or absent (absent allows it), `runAsUser` with rule RunAsAny or a MustRunAs range that includes UID 0, `allowedCapabilities` listing any capability, and `requiredDropCapabilities` without ALL or NET_RAW. PodSecurityPolicy was removed in Kubernetes 1.25; its successor, Pod Security Admission, is KS027. checkov has one check per field (CKV_K8S_1 to 7, 24, 36), all equivalent to a part of this rule; its seccomp-annotation check CKV_K8S_32 is not, because the RT rules check the seccomp profile of each pod, which is what the runtime applies.',
    remediation:
      'Migrate to Pod Security Admission (`pod-security.kubernetes.io/enforce: restricted` on each namespace); until then, give workloads a restricted policy (no host namespaces, `privileged: false`, `allowPrivilegeEscalation: false`, `runAsUser: MustRunAsNonRoot`, `requiredDropCapabilities: [ALL]`) and keep permissive policies for the system namespaces only.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-policy/',
      'https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.2.2', '5.2.3', '5.2.4', '5.2.5', '5.2.6', '5.2.7', '5.2.8', '5.2.9'] },
    aliases: {
      checkov: [
        'CKV_K8S_1',
        'CKV_K8S_2',
        'CKV_K8S_3',
        'CKV_K8S_4',
        'CKV_K8S_5',
        'CKV_K8S_6',
        'CKV_K8S_7',
        'CKV_K8S_24',
        'CKV_K8S_36',
      ],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    allows: '{{name}} admits {{what}}.',
  },
  check(ctx, doc) {
    const policies = doc.objects.filter(
      (o) => o.kind === 'PodSecurityPolicy' && ['policy', 'extensions'].includes(apiGroupOf(o)),
    );
    if (!applies(ctx, policies.length, 'PodSecurityPolicy')) return;
    for (const o of policies) {
      const spec = isObj(o.value.spec) ? o.value.spec : {};
      const report = (node: SourceNode, what: string) =>
        ctx.report({ messageId: 'allows', node, data: { name: ref(o), what } });
      const flags: [string, string][] = [
        ['privileged', 'privileged containers'],
        ['hostPID', "pods in the host's PID namespace"],
        ['hostIPC', "pods in the host's IPC namespace"],
        ['hostNetwork', "pods on the host's network"],
      ];
      for (const [field, what] of flags) if (spec[field] === true) report(o.at(['spec', field], 'key'), what);
      if (spec.allowPrivilegeEscalation !== false)
        report(
          spec.allowPrivilegeEscalation === undefined
            ? o.at(['spec'], 'key')
            : o.at(['spec', 'allowPrivilegeEscalation'], 'key'),
          spec.allowPrivilegeEscalation === undefined
            ? 'privilege escalation (allowPrivilegeEscalation is not set to false)'
            : 'privilege escalation',
        );
      const rule = valueAt(spec, ['runAsUser', 'rule']);
      if (rule === 'RunAsAny')
        report(o.at(['spec', 'runAsUser', 'rule']), 'containers running as root (runAsUser RunAsAny)');
      if (rule === 'MustRunAs') {
        const ranges = valueAt(spec, ['runAsUser', 'ranges']);
        const i = Array.isArray(ranges)
          ? ranges.findIndex((r) => isObj(r) && typeof r.min === 'number' && r.min <= 0)
          : -1;
        if (i >= 0)
          report(
            o.at(['spec', 'runAsUser', 'ranges', i, 'min']),
            'containers running as root (UID 0 is in a runAsUser range)',
          );
      }
      const allowed = Array.isArray(spec.allowedCapabilities) ? spec.allowedCapabilities.filter(isStr) : [];
      if (allowed.length > 0)
        report(o.at(['spec', 'allowedCapabilities'], 'key'), `added capabilities (${allowed.join(', ')})`);
      const dropped = Array.isArray(spec.requiredDropCapabilities)
        ? spec.requiredDropCapabilities.filter(isStr).map(normalizeCapability)
        : [];
      if (!dropped.includes('ALL') && !dropped.includes('NET_RAW'))
        report(
          spec.requiredDropCapabilities === undefined
            ? o.at(['spec'], 'key')
            : o.at(['spec', 'requiredDropCapabilities'], 'key'),
          'containers that keep NET_RAW (requiredDropCapabilities lists neither ALL nor NET_RAW)',
        );
    }
  },
});
