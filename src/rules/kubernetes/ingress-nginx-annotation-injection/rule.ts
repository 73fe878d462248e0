import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { applies, ref } from '../objects.js';
import { isIngress } from '../services.js';

const PREFIX = 'nginx.ingress.kubernetes.io/';
/** Annotations ingress-nginx copied into its configuration unescaped (CVE-2025-24514, -1097, -1098). */
const URL_ANNOTATIONS = ['auth-url', 'mirror-target', 'mirror-host'].map((a) => PREFIX + a);
const CN_ANNOTATION = `${PREFIX}auth-tls-match-cn`;
/** Characters that end or escape an nginx directive, or are not valid in a URL. */
const URL_SUSPICIOUS = /[\s<>"{}|^`\\;]/;
const CN_SUSPICIOUS = /[\r\n#{};|]/;

export default defineAuditRule<KubernetesDoc, 'snippet' | 'injection'>({
  id: 'KS018',
  name: 'ingress-nginx-annotation-injection',
  source: 'kubernetes',
  meta: {
    title: 'Ingress annotation injects ingress-nginx configuration',
    severity: 'high',
    description:
      'ingress-nginx writes some Ingress annotations into its nginx configuration. Snippet annotations (`configuration-snippet`, `server-snippet`, `auth-snippet`...) are raw nginx configuration by design, and the controller\'s pod holds a service-account token that reads every Secret of the cluster: whoever can create an Ingress can read it through a snippet (`alias`, Lua) and so every Secret (CVE-2021-25742). The URL and CN annotations were copied unescaped until ingress-nginx 1.11.5/1.12.1, so a newline or `;` in them injects configuration too (CVE-2025-24514, CVE-2025-1097, CVE-2025-1098, part of "IngressNightmare"). Reported: every annotation whose name contains `snippet`, and `auth-url`, `mirror-target`, `mirror-host` or `auth-tls-match-cn` values holding whitespace, quotes, braces, `;`, `|` or a backslash. checkov splits the snippet case into three checks; CKV_K8S_152 (Lua only) and CKV_K8S_154 (`alias` only) report subsets of what this rule reports, so only CKV_K8S_153 (every snippet) is listed as equivalent.',
    remediation:
      'Remove the snippet and use the controller\'s dedicated annotations or a ConfigMap managed by the cluster administrators; run ingress-nginx 1.11.5 or 1.12.1 or later with `allow-snippet-annotations: "false"` (the default since 1.9) and `annotations-risk-level: Critical` kept off; write URLs and CNs without control characters.',
    references: [
      'https://github.com/kubernetes/kubernetes/issues/126811',
      'https://github.com/kubernetes/ingress-nginx/issues/7837',
      'https://github.com/kubernetes/kubernetes/issues/131006',
      'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations-risk/',
    ],
    frameworks: {},
    aliases: { checkov: ['CKV_K8S_153'], trivy: ['KCV-0093'], kubescape: ['C-0059'] },
    stride: ['tampering', 'information-disclosure', 'elevation-of-privilege'],
  },
  messages: {
    snippet:
      '{{name}}: annotation {{annotation}} is raw nginx configuration, run by a controller that can read every Secret of the cluster.',
    injection:
      '{{name}}: annotation {{annotation}} holds {{char}}, which ends an nginx directive and injects configuration into ingress-nginx.',
  },
  check(ctx, doc) {
    const ingresses = doc.objects.filter(isIngress);
    if (!applies(ctx, ingresses.length, 'Ingress')) return;
    for (const o of ingresses) {
      for (const [annotation, value] of Object.entries(o.annotations)) {
        const node = o.at(['metadata', 'annotations', annotation], 'key');
        if (annotation.includes('snippet')) {
          ctx.report({ messageId: 'snippet', node, data: { name: ref(o), annotation } });
          continue;
        }
        const pattern = URL_ANNOTATIONS.includes(annotation)
          ? URL_SUSPICIOUS
          : annotation === CN_ANNOTATION
            ? CN_SUSPICIOUS
            : undefined;
        const bad = pattern?.exec(value.trim());
        if (bad)
          ctx.report({
            messageId: 'injection',
            node,
            data: { name: ref(o), annotation, char: JSON.stringify(bad[0]) },
          });
      }
    }
  },
});
