import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { applies, isStr, ref, valueAt } from '../objects.js';
import { isService } from '../services.js';

export default defineAuditRule<KubernetesDoc, 'externalIp'>({
  id: 'KS016',
  name: 'service-external-ips',
  source: 'kubernetes',
  meta: {
    title: 'Service with externalIPs',
    severity: 'medium',
    description:
      "kube-proxy sends traffic addressed to a Service's `externalIPs` to that Service's pods, on every node, for any address written there: nothing checks that the address belongs to the Service's owner. Whoever can create a Service can so intercept cluster traffic to any IP address, an external API or another tenant's load balancer included (CVE-2020-8554, a man-in-the-middle no patch fixes). Reported: each entry of `spec.externalIPs`.",
    remediation:
      'Use a LoadBalancer Service or an Ingress instead; enable the DenyServiceExternalIPs admission plugin on the API server (or an admission policy that allows only approved addresses).',
    references: [
      'https://github.com/kubernetes/kubernetes/issues/97076',
      'https://kubernetes.io/docs/concepts/services-networking/service/#external-ips',
    ],
    frameworks: {},
    aliases: {},
    stride: ['spoofing', 'tampering', 'information-disclosure'],
  },
  messages: {
    externalIp:
      '{{name}} claims external IP {{ip}}: cluster traffic to that address goes to its pods, whoever owns it (CVE-2020-8554).',
  },
  check(ctx, doc) {
    const services = doc.objects.filter(isService);
    if (!applies(ctx, services.length, 'Service')) return;
    for (const o of services) {
      const ips = valueAt(o.value, ['spec', 'externalIPs']);
      if (!Array.isArray(ips)) continue;
      ips.forEach((ip, i) => {
        if (!isStr(ip)) return;
        ctx.report({ messageId: 'externalIp', node: o.at(['spec', 'externalIPs', i]), data: { name: ref(o), ip } });
      });
    }
  },
});
