import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'notDropped' | 'added'>({
  id: 'RT009',
  name: 'net-raw-not-dropped',
  source: 'runtime',
  meta: {
    title: 'NET_RAW capability not dropped',
    severity: 'medium',
    description:
      "Docker, containerd and CRI-O grant CAP_NET_RAW by default, so every container that does not drop it can open raw sockets: it can forge packets with any source address, answer ARP and DNS for its neighbours and spoof other pods on the same node network. The seed's Kubernetes threat model names it (Spoofing: CAP_NET_RAW in every pod by default). The container passes when it drops NET_RAW or ALL and does not add NET_RAW (or ALL) back. A compose service is judged the same way (`cap_drop`, `cap_add`). Pod Security Standards: restricted, which requires dropping ALL; baseline still allows NET_RAW.",
    remediation:
      'Drop it: `securityContext.capabilities.drop: [ALL]` (or at least `[NET_RAW]`); compose `cap_drop: [ALL]` or `[NET_RAW]`. Tools that need ICMP can use unprivileged ping sockets (`net.ipv4.ping_group_range`).',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
      'https://man7.org/linux/man-pages/man7/capabilities.7.html',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.4'], 'cis-kubernetes-1.12.0': ['5.2.8'] },
    aliases: { checkov: ['CKV_K8S_28'] },
    stride: ['spoofing', 'information-disclosure'],
  },
  messages: {
    notDropped: '{{container}} keeps CAP_NET_RAW (drops neither NET_RAW nor ALL): it can forge packets.',
    added: '{{container}} adds {{capability}}, which includes CAP_NET_RAW: it can forge packets.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      const added = r.capAdd.find((c) => c.value === 'NET_RAW' || c.value === 'ALL');
      if (added) {
        ctx.report({ messageId: 'added', node: added.node, data: { ...who(r), capability: added.value } });
        continue;
      }
      if (r.privileged?.value === true) continue; // RT001 reports it: privileged grants every capability anyway.
      if (!r.capDrop.some((c) => c.value === 'NET_RAW' || c.value === 'ALL'))
        ctx.report({ messageId: 'notDropped', node: r.capDrop[0]?.node ?? r.node, data: who(r) });
    }
  },
});
