import { type DockerfileDoc, inheritedInstruction } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'missing' | 'disabled'>({
  id: 'DF007',
  name: 'healthcheck-missing',
  source: 'dockerfile',
  meta: {
    title: 'Image has no HEALTHCHECK',
    severity: 'low',
    description:
      'The final image defines no HEALTHCHECK (or disables it with `HEALTHCHECK NONE`), so the engine only knows whether the process runs, not whether it serves: a hung or degraded container keeps receiving traffic and is never restarted. A HEALTHCHECK in a stage the final stage is built FROM counts, since the image inherits it. A health check set at run time (`docker run --health-cmd`, compose `healthcheck:`) also satisfies CIS 5.27 but cannot be seen here; an image that inherits a HEALTHCHECK from its external base image is reported too, as the Dockerfile alone cannot show it.',
    remediation:
      'Add a HEALTHCHECK to the final stage that exercises the service, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/healthz || exit 1`, or a small static probe binary for distroless images.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#healthcheck',
      'https://docs.docker.com/engine/containers/run/#healthchecks',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.6'] },
    aliases: {
      checkov: ['CKV_DOCKER_2'],
      trivy: ['DS-0026'],
      hadolint: ['DL3057'],
      dockle: ['CIS-DI-0006'],
      'docker-bench': ['4.6'],
    },
    stride: ['denial-of-service'],
  },
  messages: {
    missing:
      'The final stage (FROM {{image}}) has no HEALTHCHECK: the engine cannot tell a hung container from a healthy one.',
    disabled: 'HEALTHCHECK NONE disables the health check of the final image.',
  },
  check(ctx, doc) {
    const stage = doc.stages.at(-1);
    if (!stage) return ctx.skip('no FROM instruction');
    const hc = inheritedInstruction(doc, stage, 'HEALTHCHECK');
    if (!hc) {
      ctx.report({
        messageId: 'missing',
        range: stage.from.instruction.range,
        data: { image: stage.from.raw || stage.from.image },
      });
    } else if (/^none$/i.test(hc.args.trim())) {
      ctx.report({ messageId: 'disabled', range: hc.range, evidence: `HEALTHCHECK ${hc.args}` });
    }
  },
});
