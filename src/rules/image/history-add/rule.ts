import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { buildSteps, stepText } from '../shared.js';

/** `ADD file:<hash> in /` (classic builder) or `ADD rootfs.tar /` (BuildKit): where a base image unpacks its root. */
const INTO_ROOT = /(?:\bin \/|\s\/)\s*$/;

export default defineAuditRule<ImageDoc, 'add'>({
  id: 'IM007',
  name: 'history-add',
  source: 'image',
  meta: {
    title: 'ADD in the build history',
    severity: 'medium',
    description:
      'A build step of the image used ADD. ADD fetches remote URLs without checking what it gets and unpacks local archives implicitly, so what lands in the image is less obvious than with COPY. The first step of a base image, which ADDs its root file system archive into `/`, is not reported.',
    remediation:
      'Use COPY for local files; download remote files in a RUN step that verifies their checksum or signature, and unpack archives there explicitly.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#add-or-copy',
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0009',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.9'] },
    aliases: {
      dockle: ['CIS-DI-0009'],
      trivy: ['DS-0005'],
      hadolint: ['DL3020'],
      checkov: ['CKV_DOCKER_4'],
      'docker-bench': ['4.9'],
    },
    stride: ['tampering'],
  },
  messages: {
    add: 'Build step {{step}} uses ADD ({{args}}): ADD fetches URLs and unpacks archives implicitly; COPY does neither.',
  },
  check(ctx, doc) {
    for (const step of buildSteps(doc)) {
      if (step.keyword !== 'ADD') continue;
      if (step.index === 0 && INTO_ROOT.test(step.args)) continue;
      ctx.report({
        messageId: 'add',
        logical: imageLocation(doc, `history[${step.index}]`),
        data: { step: step.index, args: stepText(step.args, 80) },
        evidence: stepText(step.createdBy, 300),
      });
    }
  },
});
