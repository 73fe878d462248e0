import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'hostPort'>({
  id: 'RT023',
  name: 'host-port',
  source: 'runtime',
  meta: {
    title: 'hostPort used',
    severity: 'medium',
    description:
      "A `hostPort` binds the container port on the node's own address: the pod is reachable from anywhere that reaches the node, outside Services and without NetworkPolicies that select the traffic by pod, and only one such pod fits per node and port. Pod Security Standards: baseline (the allowed list is empty by default). Kubernetes only; compose published ports are judged by RT024 and RT025.",
    remediation:
      'Remove `hostPort` and expose the pod through a Service (ClusterIP behind an Ingress or a LoadBalancer); keep host ports for reviewed node agents.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/overview/#services',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.2.12'] },
    aliases: { trivy: ['KSV-0024'], checkov: ['CKV_K8S_26'], polaris: ['hostPortSet'], kubescape: ['C-0044'] },
    stride: ['information-disclosure', 'spoofing'],
  },
  messages: {
    hostPort: '{{container}} binds host port {{port}} on the node.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'], roles: RUNNING })) {
      for (const p of r.ports)
        if (p.hostPort !== undefined && p.hostPort > 0)
          ctx.report({ messageId: 'hostPort', node: p.node, data: { ...who(r), port: p.hostPort } });
    }
  },
});
