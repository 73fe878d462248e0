import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, isTemplated, parseImage, RUNNING, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'noDigest'>({
  id: 'RT043',
  name: 'image-not-pinned-by-digest',
  source: 'runtime',
  meta: {
    title: 'Image not pinned by digest',
    severity: 'low',
    description:
      'A tag is a movable pointer: whoever can push to the repository (or compromise it) can make `app:1.4.2` mean different bytes tomorrow, and nodes that pull later run them. Only a digest (`@sha256:...`) names the content itself, which is what signature and provenance verification attest to. References still holding a template or variable are not judged, nor is the `image` of a compose service that is built (`build:`). Not part of the Pod Security Standards.',
    remediation:
      'Pin the image by digest (`registry.example.com/app:1.4.2@sha256:...`), kept up to date by your dependency bot; or enforce digests at admission with a policy engine.',
    references: [
      'https://kubernetes.io/docs/concepts/containers/images/#image-names',
      'https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier',
    ],
    frameworks: { design: ['digest-pinning'] },
    aliases: { checkov: ['CKV_K8S_43'] },
    stride: ['tampering'],
  },
  messages: {
    noDigest: '{{container}} uses {{image}}, not pinned by digest.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { roles: RUNNING })) {
      if (!r.image || !r.image.value.trim() || isTemplated(r.image.value) || r.build) continue;
      if (!parseImage(r.image.value).digest)
        ctx.report({ messageId: 'noDigest', node: r.image.node, data: { ...who(r), image: r.image.value } });
    }
  },
});
