import { type DockerfileDoc, imageStages, parseOptions, uncommittedMounts } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { managerCalls } from '../package-managers.js';

export default defineAuditRule<DockerfileDoc, 'notCleaned'>({
  id: 'DF049',
  name: 'yarn-cache-not-cleaned',
  source: 'dockerfile',
  meta: {
    title: '`yarn install` without `yarn cache clean`',
    severity: 'low',
    description:
      'Yarn keeps a copy of every package it downloads in its global cache (/usr/local/share/.cache/yarn for root), which then stays in the layer next to node_modules. Passes when the same RUN runs `yarn cache clean` after the install, deletes a yarn cache directory, or mounts a build cache or tmpfs over one. Only the stages that end up in the image are checked. The risk is size (denial-of-service in the resource sense), hence the low severity.',
    remediation:
      'Finish the RUN with `yarn cache clean`: `RUN yarn install --frozen-lockfile && yarn cache clean`, or mount a build cache: `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile`.',
    references: ['https://classic.yarnpkg.com/en/docs/cli/cache', 'https://github.com/hadolint/hadolint/wiki/DL3060'],
    frameworks: {},
    aliases: { hadolint: ['DL3060'] },
    stride: ['denial-of-service'],
  },
  messages: {
    notCleaned:
      '`yarn {{sub}}` is not followed by `yarn cache clean` in the same RUN: the package cache stays in this layer.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(
      doc,
      ['yarn'],
      { long: ['cwd', 'cache-folder', 'modules-folder'] },
      imageStages(doc),
    )) {
      const sub = c.sub === 'global' ? c.operands[0]?.value : c.sub;
      if (sub !== 'install' && sub !== 'add') continue;
      if (c.parsed.options.some((o) => o.name === 'cache-folder' && /^\/dev\/shm\b/.test(o.value ?? ''))) continue;
      if (uncommittedMounts(c.ins).some((t) => t.includes('yarn'))) continue;
      const cleaned = c.script.commands.slice(c.index + 1).some((x) => {
        if (x.name === 'yarn') {
          const p = parseOptions(x.args).positionals.map((w) => w.value);
          return p[0] === 'cache' && p[1] === 'clean';
        }
        return x.name === 'rm' && x.args.some((a) => /(^|\/)\.?cache\/yarn|yarn-cache|\.yarn\/cache/.test(a.value));
      });
      if (!cleaned)
        ctx.report({
          messageId: 'notCleaned',
          range: c.cmd.range,
          data: { sub: c.sub === 'global' ? `global ${sub}` : sub },
        });
    }
  },
});
