import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { applies, ref, valueAt } from '../objects.js';
import { isService, servicePorts } from '../services.js';

export default defineAuditRule<KubernetesDoc, 'nodePort'>({
  id: 'KS014',
  name: 'service-nodeport',
  source: 'kubernetes',
  meta: {
    title: 'Service of type NodePort',
    severity: 'medium',
    description:
      "A NodePort Service opens its port (30000-32767) on every node's addresses, whatever pod runs there. Clients reach it without passing the ingress controller or a load balancer, so its TLS termination, authentication, rate limits and source ranges do not apply, and on nodes with public addresses the port is on the internet. Reported: `type: NodePort`. Not reported: LoadBalancer Services (KS015), although they allocate node ports too.",
    remediation:
      "Use `type: ClusterIP` behind an Ingress or Gateway, or a LoadBalancer with `loadBalancerSourceRanges`; where a NodePort is unavoidable, restrict the nodes' firewall to the clients that need it.",
    references: [
      'https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport',
      'https://kubernetes.io/docs/concepts/security/security-checklist/#network-security',
    ],
    frameworks: {},
    aliases: { 'kube-score': ['service-type'] },
    stride: ['information-disclosure', 'spoofing'],
  },
  messages: {
    nodePort: '{{name}} is of type NodePort: {{ports}} open on every node, around the ingress and its controls.',
  },
  check(ctx, doc) {
    const services = doc.objects.filter(isService);
    if (!applies(ctx, services.length, 'Service')) return;
    for (const o of services) {
      if (valueAt(o.value, ['spec', 'type']) !== 'NodePort') continue;
      ctx.report({
        messageId: 'nodePort',
        node: o.at(['spec', 'type']),
        data: { name: ref(o), ports: servicePorts(o, 'nodePort') },
      });
    }
  },
});
