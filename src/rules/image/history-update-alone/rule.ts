import type { ImageDoc } from '../../../sources/image/index.js';
import { imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { buildSteps, simpleCommands } from '../shared.js';

/** Per package manager: the words that refresh the index and the words that install. */
const MANAGERS: Record<string, { update: readonly string[]; install: readonly string[] }> = {
  'apt-get': { update: ['update'], install: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade'] },
  apt: { update: ['update'], install: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade'] },
  aptitude: { update: ['update'], install: ['install', 'upgrade', 'safe-upgrade', 'full-upgrade'] },
  apk: { update: ['update'], install: ['add', 'upgrade'] },
  yum: { update: ['makecache'], install: ['install', 'update', 'upgrade', 'groupinstall'] },
  dnf: { update: ['makecache'], install: ['install', 'update', 'upgrade', 'groupinstall'] },
  microdnf: { update: ['makecache'], install: ['install', 'update', 'upgrade'] },
  zypper: { update: ['refresh', 'ref'], install: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup'] },
};

export default defineAuditRule<ImageDoc, 'updateAlone'>({
  id: 'IM008',
  name: 'history-update-alone',
  source: 'image',
  meta: {
    title: 'Package index update alone in a build step',
    severity: 'medium',
    description:
      'A RUN step of the image refreshes the package index (`apt-get update`, `apk update`, `yum makecache`, `zypper refresh`) without installing anything in the same step. The builder caches that layer, so a later rebuild installs packages against a stale index and misses security updates.',
    remediation:
      'Update and install in one RUN (`apt-get update && apt-get install -y --no-install-recommends pkg=version && rm -rf /var/lib/apt/lists/*`), or build with --no-cache.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0007',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { dockle: ['CIS-DI-0007'], trivy: ['DS-0017'], checkov: ['CKV_DOCKER_5'], 'docker-bench': ['4.7'] },
    stride: ['tampering'],
  },
  messages: {
    updateAlone:
      'Build step {{step}} runs {{command}} without installing anything in the same step: its cached layer keeps a stale package index.',
  },
  check(ctx, doc) {
    for (const step of buildSteps(doc)) {
      if (step.keyword !== 'RUN') continue;
      let update: string | undefined;
      let install = false;
      for (const words of simpleCommands(step.args)) {
        const w = words[0] === 'sudo' ? words.slice(1) : words;
        const tool = (w[0] ?? '').replace(/^.*\//, '');
        const m = MANAGERS[tool];
        if (!m) continue;
        const verbs = w.slice(1).filter((x) => !x.startsWith('-'));
        if (verbs.some((v) => m.install.includes(v))) install = true;
        else if (!update && verbs.some((v) => m.update.includes(v)))
          update = `${tool} ${verbs.find((v) => m.update.includes(v))}`;
      }
      if (update && !install) {
        ctx.report({
          messageId: 'updateAlone',
          logical: imageLocation(doc, `history[${step.index}]`),
          data: { step: step.index, command: update },
          evidence: step.createdBy,
        });
      }
    }
  },
});
