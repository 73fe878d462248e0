import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { applies, isObj, isStr, ref, valueAt } from '../objects.js';
import { isIngress } from '../services.js';

/** Annotations by which a cloud load balancer terminates TLS for an Ingress without `spec.tls`. */
const CLOUD_TLS = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'networking.gke.io/managed-certificates',
  'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
];

/** Does a TLS host (`shop.example.com`, `*.example.com`) cover a rule host? A wildcard covers one label. */
function covers(pattern: string, host: string): boolean {
  if (pattern === host) return true;
  if (!pattern.startsWith('*.')) return false;
  const suffix = pattern.slice(1);
  return host.endsWith(suffix) && !host.slice(0, host.length - suffix.length).includes('.');
}

export default defineAuditRule<KubernetesDoc, 'noTls' | 'hostWithoutTls' | 'redirectOff'>({
  id: 'KS017',
  name: 'ingress-without-tls',
  source: 'kubernetes',
  meta: {
    title: 'Ingress serves plain HTTP',
    severity: 'medium',
    description:
      'An Ingress without `tls` is served over plain HTTP: credentials, session cookies and the personal data in requests cross the internet readable and modifiable, and clients cannot tell the real site from an impostor (the spoofing threat of an internet-facing web application). Reported: an Ingress with no `spec.tls` (at its rules), each rule host that no `tls` entry covers, and `nginx.ingress.kubernetes.io/ssl-redirect: "false"` on an Ingress with TLS (HTTP stays open next to HTTPS). Not reported: Ingresses whose TLS the cloud load balancer terminates (AWS ALB certificate-arn, GCE pre-shared or managed certificates, Azure Application Gateway certificate annotations).',
    remediation:
      "Add a `tls` entry listing every host with the Secret holding its certificate (cert-manager can issue and renew it from an annotation), and keep the controller's redirect from HTTP to HTTPS on (and HSTS).",
    references: [
      'https://kubernetes.io/docs/concepts/services-networking/ingress/#tls',
      'https://kubernetes.github.io/ingress-nginx/user-guide/tls/',
    ],
    frameworks: { design: ['tls'] },
    aliases: { polaris: ['tlsSettingsMissing'] },
    stride: ['spoofing', 'information-disclosure', 'tampering'],
  },
  messages: {
    noTls: '{{name}} has no tls section: {{hosts}} served over plain HTTP.',
    hostWithoutTls: '{{name}}: host {{host}} is in no tls entry, so it is served over plain HTTP.',
    redirectOff: '{{name}} turns the HTTPS redirect off: its hosts stay reachable over plain HTTP.',
  },
  check(ctx, doc) {
    const ingresses = doc.objects.filter(isIngress);
    if (!applies(ctx, ingresses.length, 'Ingress')) return;
    for (const o of ingresses) {
      if (CLOUD_TLS.some((a) => isStr(o.annotations[a]) && o.annotations[a] !== '')) continue;
      const rules = valueAt(o.value, ['spec', 'rules']);
      const hosts = Array.isArray(rules) ? rules.map((r) => (isObj(r) && isStr(r.host) ? r.host : undefined)) : [];
      const tlsField = valueAt(o.value, ['spec', 'tls']);
      const tls = Array.isArray(tlsField) ? tlsField.filter(isObj) : [];
      if (tls.length === 0) {
        const named = hosts.filter(isStr);
        ctx.report({
          messageId: 'noTls',
          node: Array.isArray(rules) ? o.at(['spec', 'rules'], 'key') : o.at(['spec'], 'key'),
          data: { name: ref(o), hosts: named.length ? named.join(', ') : 'every host' },
        });
        continue;
      }
      // A tls entry without hosts is served for any host with the controller's default certificate.
      const tlsHosts = tls.flatMap((t) => (Array.isArray(t.hosts) ? t.hosts.filter(isStr) : ['*']));
      if (!tlsHosts.includes('*')) {
        hosts.forEach((host, i) => {
          if (host === undefined || tlsHosts.some((p) => covers(p, host))) return;
          ctx.report({
            messageId: 'hostWithoutTls',
            node: o.at(['spec', 'rules', i, 'host']),
            data: { name: ref(o), host },
          });
        });
      }
      const redirect = 'nginx.ingress.kubernetes.io/ssl-redirect';
      if (o.annotations[redirect] === 'false')
        ctx.report({
          messageId: 'redirectOff',
          node: o.at(['metadata', 'annotations', redirect]),
          data: { name: ref(o) },
        });
    }
  },
});
