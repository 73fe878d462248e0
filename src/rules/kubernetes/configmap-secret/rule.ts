import { mask } from '../../../core/redact.js';
import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { apiGroupOf, applies, isObj, isStr, ref } from '../objects.js';
import { isPlaceholder, isSecretName, secretIn } from '../secret-values.js';

export default defineAuditRule<KubernetesDoc, 'secretKey' | 'secretContent'>({
  id: 'KS022',
  name: 'configmap-secret',
  source: 'kubernetes',
  meta: {
    title: 'Credential stored in a ConfigMap',
    severity: 'high',
    description:
      'ConfigMaps are meant for non-confidential data: they are shown in full by `kubectl describe`, readable by every role that reads configuration (`view` included), never encrypted at rest, and copied into logs and dashboards. A password, token or private key in one is disclosed to all of those. Reported: a `data` key named like a credential (`password`, `DB_PASSWORD`, `client-secret`, `api_key`, `token`...) with a real value, and a value that holds a recognisable credential (a private key, an AWS, GitHub, Slack, Stripe or Google key, a JWT, a password in a URL) or assigns one inside a configuration file (`REDIS_PASSWORD=...`). Not reported: empty values and placeholders (`${VAR}`, `{{ .Values.x }}`, `<password>`, file paths, `vault:` references). Values are masked in every output.',
    remediation:
      'Move the value to a Secret (or an external secret store synced by the External Secrets Operator or the Secrets Store CSI driver), mount it as a file, and keep only a reference in the ConfigMap; rotate the credential, since it has been readable.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/configmap/',
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
    ],
    frameworks: { design: ['secrets-management'], 'cis-kubernetes-1.12.0': ['5.4.2'] },
    aliases: { trivy: ['KSV-0109'], kubescape: ['C-0012'] },
    stride: ['information-disclosure'],
  },
  messages: {
    secretKey: '{{name}}: key `{{key}}` holds a credential in clear text.',
    secretContent: '{{name}}: key `{{key}}` holds a {{what}} in clear text.',
  },
  check(ctx, doc) {
    const configMaps = doc.objects.filter((o) => o.kind === 'ConfigMap' && apiGroupOf(o) === '');
    if (!applies(ctx, configMaps.length, 'ConfigMap')) return;
    for (const o of configMaps) {
      if (!isObj(o.value.data)) continue;
      for (const [key, value] of Object.entries(o.value.data)) {
        const text = isStr(value) ? value : typeof value === 'number' ? String(value) : undefined;
        if (text === undefined) continue;
        const node = o.at(['data', key], 'key');
        if (isSecretName(key) && !text.includes('\n') && !isPlaceholder(text)) {
          ctx.report({ messageId: 'secretKey', node, data: { name: ref(o), key }, evidence: `${key}: ${mask(text)}` });
          continue;
        }
        const hit = secretIn(text);
        if (hit)
          ctx.report({
            messageId: 'secretContent',
            node,
            data: { name: ref(o), key, what: hit.name ? `credential for \`${hit.name}\`` : hit.what },
            evidence: hit.name ? `${hit.name}=****` : `${key}: ${mask(text)}`,
          });
      }
    }
  },
});
