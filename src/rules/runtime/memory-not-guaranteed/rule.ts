import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { reportRequestNotLimit } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing' | 'below'>({
  id: 'RT055',
  name: 'memory-not-guaranteed',
  source: 'runtime',
  meta: {
    title: 'Memory request not equal to limit',
    severity: 'low',
    description:
      "The container's memory request is below its limit (or one of them is missing), so the scheduler reserves less memory than the container may use: nodes are overcommitted, and when several containers reach their limits together the kernel OOM-kills processes or the kubelet evicts pods, neighbours included. With request equal to limit for every container the pod gets the Guaranteed QoS class and cannot take memory it did not reserve. A missing limit is also reported by RT027, a missing request by RT028. kube-score's container-resource-requests-equal-limits checks memory and CPU together and is listed here and on RT056. Quantities are compared by value (`1Gi` equals `1024Mi`). Not part of the Pod Security Standards.",
    remediation: 'Set `resources.requests.memory` equal to `resources.limits.memory`, sized from observed peak usage.',
    references: [
      'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#guaranteed',
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    ],
    frameworks: {},
    aliases: { 'kube-score': ['container-memory-requests-equal-limits', 'container-resource-requests-equal-limits'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} does not set both a memory request and a memory limit.',
    below: '{{container}} requests {{request}} of memory but may use up to {{limit}}.',
  },
  check(ctx, doc) {
    reportRequestNotLimit(ctx, doc, 'memory');
  },
});
