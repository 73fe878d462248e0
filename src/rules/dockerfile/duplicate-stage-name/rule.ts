import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'duplicate'>({
  id: 'DF041',
  name: 'duplicate-stage-name',
  source: 'dockerfile',
  meta: {
    title: 'Two build stages have the same name',
    severity: 'low',
    description:
      'Stage names (`FROM image AS name`) are compared case-insensitively. When two stages share one, `COPY --from=name` and `FROM name` cannot say which stage they mean: BuildKit refuses the Dockerfile, and a reader cannot tell where the artifacts come from. The effect is a broken build, hence denial of service.',
    remediation: 'Give every stage a unique name: `FROM golang:1.23 AS build-api` and `FROM node:20 AS build-web`.',
    references: [
      'https://docs.docker.com/reference/build-checks/duplicate-stage-name/',
      'https://github.com/hadolint/hadolint/wiki/DL3024',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0012'], hadolint: ['DL3024'], checkov: ['CKV_DOCKER_11'] },
    stride: ['denial-of-service'],
  },
  messages: {
    duplicate: 'Stage name "{{name}}" is already used by the stage on line {{line}}.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    const seen = new Map<string, number>();
    for (const stage of doc.stages) {
      const alias = stage.from.alias;
      if (!alias) continue;
      const key = alias.toLowerCase();
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, stage.from.instruction.line + 1);
        continue;
      }
      const args = stage.from.instruction.arguments;
      const node = args.findLast((a) => a.value.toLowerCase() === key) ?? stage.from.instruction;
      ctx.report({ messageId: 'duplicate', range: node.range, data: { name: alias, line: earlier } });
    }
  },
});
