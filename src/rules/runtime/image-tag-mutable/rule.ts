import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, isTemplated, parseImage, RUNNING, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'latest' | 'untagged'>({
  id: 'RT042',
  name: 'image-tag-mutable',
  source: 'runtime',
  meta: {
    title: 'Image tag latest or missing',
    severity: 'medium',
    description:
      'The image is referenced without a tag or with `:latest` and without a digest, so what runs depends on when each node pulled it: a registry compromise or a careless push reaches production on the next restart, different nodes run different code, and a rollback has nothing to roll back to. An image pinned by digest (`@sha256:...`) passes whatever its tag. A colon in the registry part (`registry:5000/app`) is a port, not a tag. References still holding a template or variable are not judged, nor is the `image` of a compose service that is built (`build:`), which only names the local build. Not part of the Pod Security Standards.',
    remediation:
      'Reference a specific version tag (`nginx:1.27.3`), ideally with its digest (`nginx:1.27.3@sha256:...`).',
    references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
    frameworks: {},
    aliases: {
      trivy: ['KSV-0013'],
      checkov: ['CKV_K8S_14'],
      'kube-score': ['container-image-tag'],
      polaris: ['tagNotSpecified'],
    },
    stride: ['tampering'],
  },
  messages: {
    latest: '{{container}} uses {{image}}; :latest changes under you.',
    untagged: '{{container}} uses {{image}} without a tag, which means :latest.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { roles: RUNNING })) {
      if (!r.image || !r.image.value.trim() || isTemplated(r.image.value) || r.build) continue;
      const ref = parseImage(r.image.value);
      if (ref.digest) continue;
      if (ref.tag === undefined)
        ctx.report({ messageId: 'untagged', node: r.image.node, data: { ...who(r), image: r.image.value } });
      else if (ref.tag === 'latest')
        ctx.report({ messageId: 'latest', node: r.image.node, data: { ...who(r), image: r.image.value } });
    }
  },
});
