import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'hostNetwork'>({
  id: 'RT013',
  name: 'host-network',
  source: 'runtime',
  meta: {
    title: "Host's network namespace shared",
    severity: 'high',
    description:
      "With the host's network namespace (`hostNetwork: true`, compose `network_mode: host`) the container sees every host interface, can bind any host port, sniff node traffic with NET_RAW, reach services listening on the host's loopback (the kubelet's and the container runtime's local endpoints) and bypass NetworkPolicies, which do not apply to host-network pods. It also shares the host's UTS namespace (hostname). Pod Security Standards: baseline.",
    remediation:
      'Remove `hostNetwork: true` / `network_mode: host`; expose the workload through a Service or published port. Node agents that need it (CNI, node exporters) should be reviewed system components, suppressed with the reason.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://docs.docker.com/engine/network/drivers/host/',
    ],
    frameworks: { design: ['namespace-isolation'], 'cis-docker-1.6.0': ['5.10'], 'cis-kubernetes-1.12.0': ['5.2.5'] },
    aliases: {
      trivy: ['KSV-0009'],
      checkov: ['CKV_K8S_19'],
      kubesec: ['HostNetwork'],
      polaris: ['hostNetworkSet'],
      kubescape: ['C-0041'],
      'docker-bench': ['5.10'],
      kics: ['shared_host_network_namespace'],
    },
    stride: ['information-disclosure', 'spoofing', 'elevation-of-privilege'],
  },
  messages: {
    hostNetwork:
      "{{owner}}: shares the host's network namespace; it sees all node traffic and NetworkPolicies do not apply to it.",
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc)) {
      if (r.hostNetwork?.value === true && first(r.hostNetwork.node))
        ctx.report({ messageId: 'hostNetwork', node: r.hostNetwork.node, data: { owner: r.owner } });
    }
  },
});
