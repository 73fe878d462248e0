import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, unset, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT058',
  name: 'ephemeral-storage-request-missing',
  source: 'runtime',
  meta: {
    title: 'Ephemeral storage request not set',
    severity: 'info',
    description:
      "Without an `ephemeral-storage` request the scheduler places the container as if it wrote nothing to the node's disk, and under disk pressure the kubelet evicts first the pods that use more than they requested, which is any of it. kube-score's container-ephemeral-storage-request-and-limit asks for the limit too and is listed here and on RT057. Kubernetes only. Not part of the Pod Security Standards.",
    remediation: 'Set `resources.requests.ephemeral-storage` on every container, from observed usage.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#local-ephemeral-storage',
    ],
    frameworks: {},
    aliases: { 'kube-score': ['container-ephemeral-storage-request-and-limit'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} has no ephemeral-storage request.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'], roles: RUNNING }))
      if (unset(r.ephemeralStorageRequest))
        ctx.report({ messageId: 'missing', node: r.ephemeralStorageRequest?.node ?? r.node, data: who(r) });
  },
});
