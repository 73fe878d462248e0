import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'maintainer'>({
  id: 'DF043',
  name: 'maintainer-deprecated',
  source: 'dockerfile',
  meta: {
    title: 'MAINTAINER is deprecated',
    severity: 'info',
    description:
      'MAINTAINER is deprecated: it sets a field that tools no longer read, so the image carries no author that registries, scanners or `docker inspect --format "{{ .Config.Labels }}"` show. The OCI label `org.opencontainers.image.authors` is where provenance tools look for who is accountable for an image.',
    remediation: 'Replace `MAINTAINER name <email>` with `LABEL org.opencontainers.image.authors="name <email>"`.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#maintainer-deprecated',
      'https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0022'], hadolint: ['DL4000'], checkov: ['CKV_DOCKER_6'] },
    stride: ['repudiation'],
  },
  messages: {
    maintainer: 'MAINTAINER is deprecated: move {{who}} to LABEL org.opencontainers.image.authors.',
  },
  check(ctx, doc) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      ctx.report({ messageId: 'maintainer', range: ins.range, data: { who: ins.args } });
    }
  },
});
