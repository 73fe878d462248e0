import { type DockerfileDoc, imageStages, parentStage, perDocument } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { aptNoAction, managerCalls, OPTIONS } from '../package-managers.js';

const RECOMMENDS_OFF = /Install-Recommends\s*(?:=\s*|\s+)["']?(?:false|0|no)\b/i;

export default defineAuditRule<DockerfileDoc, 'recommends'>({
  id: 'DF026',
  name: 'apt-get-install-recommends',
  source: 'dockerfile',
  meta: {
    title: '`apt-get install` without `--no-install-recommends`',
    severity: 'low',
    description:
      'By default apt also installs the packages the requested ones merely recommend: often documentation, extra tools and libraries the application never uses, each one more piece of code that can hold a vulnerability or help an attacker inside the container (CIS Docker 4.3). Passes with `--no-install-recommends`, `-o APT::Install-Recommends=false`, or an apt.conf setting `APT::Install-Recommends "false"` written by an earlier RUN of the stage. Only the stages that end up in the image are checked.',
    remediation:
      'Add `--no-install-recommends`: `RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8`, and install explicitly whatever recommended package is really needed.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://github.com/hadolint/hadolint/wiki/DL3015',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.3'] },
    aliases: { trivy: ['DS-0029'], hadolint: ['DL3015'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    recommends: '`{{manager}} install` also installs recommended packages: add --no-install-recommends.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['apt-get', 'apt'], OPTIONS.apt, imageStages(doc))) {
      if (c.sub !== 'install' || c.operands.length === 0 || aptNoAction(c.parsed)) continue;
      if (c.parsed.options.some((o) => o.name === 'no-install-recommends')) continue;
      if (c.parsed.options.some((o) => (o.name === 'o' || o.name === 'option') && RECOMMENDS_OFF.test(o.value ?? ''))) {
        continue;
      }
      if (configuredOff(doc, c.ins.stage, c.ins.range[0])) continue;
      ctx.report({ messageId: 'recommends', range: c.cmd.range, data: { manager: c.cmd.name } });
    }
  },
});

/** An earlier RUN of the stage (or of a stage it is built FROM) writes `APT::Install-Recommends "false"`. */
function configuredOff(doc: DockerfileDoc, stageIndex: number, before: number): boolean {
  const writers = perDocument(doc, 'apt-recommends-off-writers', () =>
    doc.instructions.filter((i) => i.keyword === 'RUN' && RECOMMENDS_OFF.test(doc.text.slice(i.range[0], i.range[1]))),
  );
  if (writers.length === 0) return false;
  let stage = doc.stages[stageIndex];
  while (stage) {
    const index = stage.index;
    if (writers.some((w) => w.stage === index && w.range[0] < before)) return true;
    before = Number.POSITIVE_INFINITY;
    stage = parentStage(doc, stage);
  }
  return false;
}
