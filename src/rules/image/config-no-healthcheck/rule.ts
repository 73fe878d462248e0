import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<ImageDoc, 'noHealthcheck' | 'disabled'>({
  id: 'IM002',
  name: 'config-no-healthcheck',
  source: 'image',
  meta: {
    title: 'Image has no health check',
    severity: 'low',
    description:
      'The image config has no Healthcheck, or disables the one it inherited (`HEALTHCHECK NONE`). Without one the engine and orchestrators see a hung or broken container as running and keep sending it traffic instead of replacing it.',
    remediation:
      'Add a `HEALTHCHECK CMD ...` instruction that probes the service (for example an HTTP request to a health endpoint) to the Dockerfile.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#healthcheck',
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0006',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.6'] },
    aliases: { dockle: ['CIS-DI-0006'], trivy: ['DS-0026'], 'docker-bench': ['4.6'] },
    stride: ['denial-of-service'],
  },
  messages: {
    noHealthcheck: 'The image config has no Healthcheck: a hung container looks healthy to the engine.',
    disabled: 'The image config disables the health check (Healthcheck.Test is ["NONE"]).',
  },
  check(ctx, doc) {
    const hc = doc.config.Healthcheck;
    const logical = imageLocation(doc, 'config.Healthcheck');
    if (!hc || !Array.isArray(hc.Test) || hc.Test.length === 0)
      return ctx.report({ messageId: 'noHealthcheck', logical });
    if (hc.Test[0] === 'NONE') ctx.report({ messageId: 'disabled', logical, evidence: 'Healthcheck.Test: ["NONE"]' });
  },
});
