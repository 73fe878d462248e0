import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, unset, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT057',
  name: 'ephemeral-storage-limit-missing',
  source: 'runtime',
  meta: {
    title: 'Ephemeral storage limit not set',
    severity: 'low',
    description:
      "Without an `ephemeral-storage` limit a container can fill the node's disk with logs, its writable layer and emptyDir volumes. When the disk fills, the kubelet reports DiskPressure and evicts pods (others' too), image pulls fail, and the node can stop accepting work. With a limit, only the offending pod is evicted. kube-score's container-ephemeral-storage-request-and-limit asks for the request too and is listed here and on RT058. Kubernetes only. Not part of the Pod Security Standards.",
    remediation:
      'Set `resources.limits.ephemeral-storage` (and a request) on every container; a LimitRange can give namespaces a default.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#local-ephemeral-storage',
      'https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/',
    ],
    frameworks: {},
    aliases: { 'kube-score': ['container-ephemeral-storage-request-and-limit'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: "{{container}} has no ephemeral-storage limit; it can fill its node's disk.",
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'], roles: RUNNING }))
      if (unset(r.ephemeralStorageLimit))
        ctx.report({ messageId: 'missing', node: r.ephemeralStorageLimit?.node ?? r.node, data: who(r) });
  },
});
