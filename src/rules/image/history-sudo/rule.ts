import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { buildSteps, simpleCommands } from '../shared.js';

export default defineAuditRule<ImageDoc, 'sudo'>({
  id: 'IM010',
  name: 'history-sudo',
  source: 'image',
  meta: {
    title: 'sudo in the build history',
    severity: 'medium',
    description:
      'A RUN step of the image runs a command through sudo. Build steps already run as the user the Dockerfile chose; sudo in a build means the image ships sudo and a rule that lets its user become root, which turns any code execution in the container into root.',
    remediation:
      'Run the steps that need root before `USER`, as root, and drop sudo from the image; use gosu or su-exec in an entrypoint only if privileges must be dropped at start.',
    references: ['https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#dkl-di-0001'],
    frameworks: {},
    aliases: { dockle: ['DKL-DI-0001'], trivy: ['DS-0010'], hadolint: ['DL3004'], checkov: ['CKV2_DOCKER_1'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    sudo: 'Build step {{step}} runs {{command}} through sudo: the image lets its user become root.',
  },
  check(ctx, doc) {
    for (const step of buildSteps(doc)) {
      if (step.keyword !== 'RUN') continue;
      const cmd = simpleCommands(step.args).find((w) => w[0] === 'sudo');
      if (!cmd) continue;
      const command = cmd.slice(1).find((w) => !w.startsWith('-')) ?? 'a command';
      ctx.report({
        messageId: 'sudo',
        logical: imageLocation(doc, `history[${step.index}]`),
        data: { step: step.index, command },
        evidence: step.createdBy,
      });
    }
  },
});
