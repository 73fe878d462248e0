import { type DockerfileDoc, finalStage, inheritedInstruction } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const ROOT = /^(root|0)(:.*)?$/;

export default defineAuditRule<DockerfileDoc, 'noUser' | 'rootUser'>({
  id: 'DF001',
  name: 'root-user',
  source: 'dockerfile',
  meta: {
    title: 'Image runs as root',
    severity: 'high',
    description:
      'The final build stage sets no USER (itself or through the stages it is built FROM), or its last USER is root, so the container runs as root unless the runtime overrides it. A process that breaks out of a root container is root on the host unless user namespaces are remapped.',
    remediation: 'Create an unprivileged user and add `USER <name or uid>` after the steps that need root.',
    references: ['https://docs.docker.com/build/building/best-practices/#user'],
    frameworks: { 'cis-docker-1.6.0': ['4.1'] },
    aliases: {
      trivy: ['DS-0002'],
      hadolint: ['DL3002'],
      checkov: ['CKV_DOCKER_3', 'CKV_DOCKER_8'],
      dockle: ['CIS-DI-0001'],
      'docker-bench': ['4.1'],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    noUser: 'The final stage (FROM {{image}}) sets no USER: the container runs as root.',
    rootUser: 'The last USER of the final stage is {{user}}: the container runs as root.',
  },
  check(ctx, doc) {
    const stage = finalStage(doc);
    if (!stage) return ctx.skip('no FROM instruction');
    // A stage built FROM an earlier stage inherits its USER.
    const last = inheritedInstruction(doc, stage, 'USER');
    if (!last) {
      ctx.report({
        messageId: 'noUser',
        range: stage.from.instruction.range,
        data: { image: stage.from.image || stage.from.raw },
      });
    } else if (ROOT.test(last.args.trim())) {
      ctx.report({ messageId: 'rootUser', range: last.range, data: { user: last.args.trim() } });
    }
  },
});
