import {
  type DockerfileDoc,
  hasOption,
  imageStages,
  uncommittedMounts,
  variablesAt,
} from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { mountsOver, pipCalls, removesLater } from '../package-managers.js';

const TRUTHY = /^(1|true|on|yes)$/i;
const CACHES = ['/root/.cache/pip', '/root/.cache'];

export default defineAuditRule<DockerfileDoc, 'cached'>({
  id: 'DF048',
  name: 'pip-cache-not-disabled',
  source: 'dockerfile',
  meta: {
    title: '`pip install` keeps its download cache in the image',
    severity: 'low',
    description:
      'pip caches every wheel and source archive it downloads under ~/.cache/pip, which then stays in the layer, often doubling the size of the installed packages. Passes with `--no-cache-dir`, with `PIP_NO_CACHE_DIR` set to a true value (ENV, ARG or on the command), with a cache or tmpfs mount over ~/.cache/pip, or when the same RUN deletes the cache or runs `pip cache purge`. Only the stages that end up in the image are checked. The risk is size (denial-of-service in the resource sense), hence the low severity.',
    remediation:
      'Use `pip install --no-cache-dir ...`, set `ENV PIP_NO_CACHE_DIR=1`, or mount a build cache: `RUN --mount=type=cache,target=/root/.cache/pip pip install ...`.',
    references: ['https://pip.pypa.io/en/stable/topics/caching/', 'https://github.com/hadolint/hadolint/wiki/DL3042'],
    frameworks: {},
    aliases: { hadolint: ['DL3042'] },
    stride: ['denial-of-service'],
  },
  messages: {
    cached: '`pip install` without --no-cache-dir leaves its download cache in this layer.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of pipCalls(doc, imageStages(doc))) {
      if (c.sub !== 'install' || hasOption(c.parsed, 'no-cache-dir')) continue;
      const inline = c.cmd.words.find((w) => w.value.startsWith('PIP_NO_CACHE_DIR='));
      const value = inline
        ? inline.value.slice('PIP_NO_CACHE_DIR='.length)
        : variablesAt(doc, c.ins).get('PIP_NO_CACHE_DIR');
      if (value !== undefined && TRUTHY.test(value)) continue;
      const mounts = uncommittedMounts(c.ins);
      if (CACHES.some((dir) => mountsOver(mounts, dir) || removesLater(c, dir))) continue;
      if (
        c.script.commands.slice(c.index + 1).some((x) => /^pip[0-9.]*$/.test(x.name) && x.args[0]?.value === 'cache')
      ) {
        continue;
      }
      ctx.report({ messageId: 'cached', range: c.cmd.range });
    }
  },
});
