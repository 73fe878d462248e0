import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { reportRequestNotLimit } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing' | 'below'>({
  id: 'RT056',
  name: 'cpu-not-guaranteed',
  source: 'runtime',
  meta: {
    title: 'CPU request not equal to limit',
    severity: 'info',
    description:
      "The container's CPU request is below its limit (or one of them is missing), so the node can be promised more CPU than it has and containers that burst together are throttled; latency-sensitive services become unpredictable. CPU is compressible, so this costs performance rather than availability, and many operators leave CPU limits off on purpose. kube-score's container-resource-requests-equal-limits checks memory and CPU together and is listed here and on RT055. Quantities are compared by value (`1` equals `1000m`). Not part of the Pod Security Standards.",
    remediation: 'Set `resources.requests.cpu` equal to `resources.limits.cpu`, sized from observed peak usage.',
    references: [
      'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#guaranteed',
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    ],
    frameworks: {},
    aliases: { 'kube-score': ['container-cpu-requests-equal-limits', 'container-resource-requests-equal-limits'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} does not set both a CPU request and a CPU limit.',
    below: '{{container}} requests {{request}} of CPU but may use up to {{limit}}.',
  },
  check(ctx, doc) {
    reportRequestNotLimit(ctx, doc, 'cpu');
  },
});
