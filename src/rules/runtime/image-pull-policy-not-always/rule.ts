import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, isTemplated, parseImage, RUNNING, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'explicit' | 'defaulted'>({
  id: 'RT044',
  name: 'image-pull-policy-not-always',
  source: 'runtime',
  meta: {
    title: 'Image pull policy not Always',
    severity: 'low',
    description:
      "With `IfNotPresent` or `Never`, a node runs whatever image it already holds under that name: a tag moved in the registry is not picked up, and on a shared node a pod can use a private image another tenant pulled without having the pull credentials. Kubernetes defaults the policy to `Always` only for `:latest` or untagged images, so a tagged image without a policy is reported too. An image pinned by digest is immutable and passes (checkov's view; kube-score does not make that exception, and the credential concern is better handled cluster-wide by the AlwaysPullImages admission plugin, CIS Kubernetes 1.2.11). Not part of the Pod Security Standards.",
    remediation: 'Set `imagePullPolicy: Always`, or pin the image by digest.',
    references: ['https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy'],
    frameworks: {},
    aliases: { checkov: ['CKV_K8S_15'], 'kube-score': ['container-image-pull-policy'] },
    stride: ['tampering', 'information-disclosure'],
  },
  messages: {
    explicit: '{{container}} sets imagePullPolicy {{policy}}; a stale or foreign cached image can run.',
    defaulted: '{{container}} uses tagged image {{image}} without a pull policy, so it defaults to IfNotPresent.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'], roles: RUNNING })) {
      const image = r.image?.value.trim() ?? '';
      const ref = image && !isTemplated(image) ? parseImage(image) : undefined;
      if (ref?.digest) continue;
      const policy = r.imagePullPolicy;
      if (policy) {
        if (policy.value !== 'Always')
          ctx.report({ messageId: 'explicit', node: policy.node, data: { ...who(r), policy: policy.value } });
      } else if (r.image && ref && ref.tag !== undefined && ref.tag !== 'latest') {
        ctx.report({ messageId: 'defaulted', node: r.image.node, data: { ...who(r), image } });
      }
    }
  },
});
