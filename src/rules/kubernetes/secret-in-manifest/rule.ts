import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { apiGroupOf, applies, isObj, isStr, ref, valueAt } from '../objects.js';
import { isPlaceholder } from '../secret-values.js';

export default defineAuditRule<KubernetesDoc, 'literal'>({
  id: 'KS023',
  name: 'secret-in-manifest',
  source: 'kubernetes',
  meta: {
    title: 'Secret values written in a manifest',
    severity: 'medium',
    description:
      'A Secret manifest with `data` or `stringData` carries the secret itself: base64 is an encoding, not encryption, so everyone who can read the repository, its forks, CI logs and backups reads the values, and removing them later does not remove them from history. Reported: each Secret whose `data` or `stringData` holds a value that is not empty or a placeholder. Not reported: objects read from a cluster (with `metadata.uid` or `resourceVersion`, as `kubectl get -o yaml` prints them), where the Secret is where it belongs; SOPS-encrypted files; and placeholders (`${VAR}`, `{{ ... }}`, `<value>`). Values are never printed.',
    remediation:
      'Keep secret values out of the repository: generate the Secret at deploy time from a secret store (External Secrets Operator, Secrets Store CSI driver, Vault), or commit it encrypted (Sealed Secrets, SOPS); rotate values that were committed.',
    references: [
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
      'https://kubernetes.io/docs/concepts/configuration/secret/',
    ],
    frameworks: { design: ['secrets-management'], 'cis-kubernetes-1.12.0': ['5.4.2'] },
    aliases: {},
    stride: ['information-disclosure'],
  },
  messages: {
    literal: '{{name}} carries {{count}} value(s) in {{field}} ({{keys}}), readable by anyone who reads this file.',
  },
  check(ctx, doc) {
    const secrets = doc.objects.filter((o) => o.kind === 'Secret' && apiGroupOf(o) === '');
    if (!applies(ctx, secrets.length, 'Secret')) return;
    for (const o of secrets) {
      if (valueAt(o.value, ['metadata', 'uid']) !== undefined) continue;
      if (valueAt(o.value, ['metadata', 'resourceVersion']) !== undefined) continue;
      if (isObj(o.value.sops)) continue;
      for (const field of ['stringData', 'data'] as const) {
        const data = o.value[field];
        if (!isObj(data)) continue;
        const keys = Object.entries(data)
          .filter(([, v]) => isStr(v) && !isPlaceholder(field === 'data' ? decoded(v) : v))
          .map(([k]) => k);
        if (keys.length === 0) continue;
        ctx.report({
          messageId: 'literal',
          node: o.at([field], 'key'),
          data: { name: ref(o), count: keys.length, field, keys: keys.join(', ') },
        });
      }
    }
  },
});

/** A `data` value decoded for the placeholder test (a base64-encoded `${VAR}` is still a placeholder). */
function decoded(v: string): string {
  if (v.trim() === '') return '';
  try {
    return Buffer.from(v, 'base64').toString('utf8');
  } catch {
    return v;
  }
}
