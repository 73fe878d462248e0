import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { applies, isStr, ref, valueAt } from '../objects.js';
import { isService, portNumbers, servicePorts } from '../services.js';

/** Annotations that make a cloud load balancer internal (reachable from the private network only). */
const INTERNAL: Readonly<Record<string, (v: string) => boolean>> = {
  'service.beta.kubernetes.io/aws-load-balancer-internal': (v) => v !== 'false',
  'service.beta.kubernetes.io/aws-load-balancer-scheme': (v) => v === 'internal',
  'service.beta.kubernetes.io/azure-load-balancer-internal': (v) => v === 'true',
  'networking.gke.io/load-balancer-type': (v) => v === 'Internal',
  'cloud.google.com/load-balancer-type': (v) => v === 'Internal' || v === 'internal',
  'service.beta.kubernetes.io/oci-load-balancer-internal': (v) => v === 'true',
  'service.beta.kubernetes.io/openstack-internal-load-balancer': (v) => v === 'true',
  'service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type': (v) => v === 'private',
};

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export default defineAuditRule<KubernetesDoc, 'open' | 'openRange'>({
  id: 'KS015',
  name: 'service-loadbalancer-open',
  source: 'kubernetes',
  meta: {
    title: 'LoadBalancer Service open to any source address',
    severity: 'medium',
    description:
      "A Service of type LoadBalancer gets an external load balancer from the cloud provider, public unless an annotation makes it internal. Without `loadBalancerSourceRanges` every address on the internet can connect to its ports. That is intended for the public web entry point (the ingress controller on 80 and 443), and a finding there is acknowledged with a reason; for anything else (an admin UI, a database, a metrics port) it exposes the service to the internet. Reported: `type: LoadBalancer` without source ranges (in the field or the `service.beta.kubernetes.io/load-balancer-source-ranges` annotation), or with 0.0.0.0/0 or ::/0 among them. Not reported: load balancers made internal by the provider's annotation (AWS, Azure, GKE, OCI, OpenStack, IBM).",
    remediation:
      "Set `spec.loadBalancerSourceRanges` to the client networks, make the load balancer internal with the provider's annotation, or expose HTTP through the ingress controller instead; record the public web entry point with `stridebench.io/ignore: KS015=<reason>`.",
    references: [
      'https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer',
      'https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/',
    ],
    frameworks: {},
    aliases: {},
    stride: ['information-disclosure', 'spoofing', 'denial-of-service'],
  },
  messages: {
    open: '{{name}} is a LoadBalancer without source ranges: {{ports}} reachable from any address{{web}}.',
    openRange: '{{name}} allows {{range}} in its load balancer source ranges: {{ports}} reachable from any address.',
  },
  check(ctx, doc) {
    const services = doc.objects.filter(isService);
    if (!applies(ctx, services.length, 'Service')) return;
    for (const o of services) {
      if (valueAt(o.value, ['spec', 'type']) !== 'LoadBalancer') continue;
      if (Object.entries(INTERNAL).some(([k, internal]) => isStr(o.annotations[k]) && internal(o.annotations[k])))
        continue;
      const ports = servicePorts(o);
      const field = valueAt(o.value, ['spec', 'loadBalancerSourceRanges']);
      const ranges = Array.isArray(field) ? field.filter(isStr) : [];
      const annotation = o.annotations['service.beta.kubernetes.io/load-balancer-source-ranges'];
      if (ranges.length > 0) {
        const i = ranges.findIndex((r) => OPEN.has(r.trim()));
        if (i >= 0)
          ctx.report({
            messageId: 'openRange',
            node: o.at(['spec', 'loadBalancerSourceRanges', i]),
            data: { name: ref(o), range: ranges[i] as string, ports },
          });
        continue;
      }
      if (annotation !== undefined && annotation.trim() !== '') {
        const open = annotation.split(',').find((r) => OPEN.has(r.trim()));
        if (open)
          ctx.report({
            messageId: 'openRange',
            node: o.at(['metadata', 'annotations', 'service.beta.kubernetes.io/load-balancer-source-ranges']),
            data: { name: ref(o), range: open.trim(), ports },
          });
        continue;
      }
      const web = portNumbers(o).every((p) => p === 80 || p === 443);
      ctx.report({
        messageId: 'open',
        node: o.at(['spec', 'type']),
        data: { name: ref(o), ports, web: web ? ' (web ports: acknowledge if this is the public entry point)' : '' },
      });
    }
  },
});
