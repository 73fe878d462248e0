import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'secretKeyRef' | 'envFrom'>({
  id: 'RT045',
  name: 'secret-in-environment',
  source: 'runtime',
  meta: {
    title: 'Secret exposed as environment variable',
    severity: 'low',
    description:
      'A Secret is passed to the container as environment variables (`env[].valueFrom.secretKeyRef`, `envFrom[].secretRef`). Environment variables leak more easily than files: they are inherited by every child process, printed by crash reporters and debug endpoints, visible in `/proc/<pid>/environ` to anyone sharing the PID namespace, and they cannot be rotated without a restart. The CIS Kubernetes Benchmark (5.4.1, Level 2) prefers Secrets mounted as files. Literal secret values in the manifest are reported by RT046. Not part of the Pod Security Standards.',
    remediation:
      'Mount the Secret as a volume (`volumes[].secret`, read-only) and have the application read the file; many images accept a `*_FILE` variable pointing to it.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod',
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.4.1'] },
    aliases: { checkov: ['CKV_K8S_35'], kubesec: ['SecretsAsEnvironmentVariables'], kubescape: ['C-0207'] },
    stride: ['information-disclosure'],
  },
  messages: {
    secretKeyRef: '{{container}} gets environment variable {{variable}} from a Secret.',
    envFrom: '{{container}} imports every key of {{secret}} (a Secret) as environment variables.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'] })) {
      for (const e of r.env)
        if (e.from === 'secret')
          ctx.report({ messageId: 'secretKeyRef', node: e.node, data: { ...who(r), variable: e.name } });
      for (const e of r.envFrom ?? [])
        if (e.from === 'secret')
          ctx.report({ messageId: 'envFrom', node: e.node, data: { ...who(r), secret: e.name || '(unnamed)' } });
    }
  },
});
