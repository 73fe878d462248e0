import { type DockerfileDoc, imageStages } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { managerCalls, OPTIONS } from '../package-managers.js';

export default defineAuditRule<DockerfileDoc, 'distUpgrade'>({
  id: 'DF027',
  name: 'apt-dist-upgrade',
  source: 'dockerfile',
  meta: {
    title: '`apt-get dist-upgrade` in a Dockerfile',
    severity: 'low',
    description:
      '`dist-upgrade` (`full-upgrade`) may install new packages and remove installed ones to satisfy changed dependencies, so the image content drifts from the base image in ways no one reviewed, and essential packages of the parent image may not upgrade cleanly in an unprivileged build. Only the stages that end up in the image are checked. A plain `apt-get upgrade` is not reported: taking security updates on top of a stale base image is what CIS Docker 4.4 asks for; that is why hadolint DL3005, which also reports `upgrade`, is not an alias.',
    remediation:
      'Use a newer base image tag (or `apt-get upgrade -y` for security updates) instead of `dist-upgrade`; move release upgrades into the base image.',
    references: [
      'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html',
      'https://avd.aquasec.com/misconfig/ds024',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0024'], dockle: ['DKL-DI-0003'] },
    stride: ['tampering'],
  },
  messages: {
    distUpgrade: "`{{manager}} {{sub}}` may add and remove packages of the base image behind the reviewer's back.",
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['apt-get', 'apt'], OPTIONS.apt, imageStages(doc))) {
      if (c.sub !== 'dist-upgrade' && c.sub !== 'full-upgrade') continue;
      ctx.report({ messageId: 'distUpgrade', range: c.cmd.range, data: { manager: c.cmd.name, sub: c.sub } });
    }
  },
});
