import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { listPackages, managerCalls, OPTIONS } from '../package-managers.js';

const MUTABLE = new Set(['', 'latest', 'next', '*', 'x']);

/** `name@1.2.3`, `@scope/name@^1`, git URLs with `#ref`, tarballs and folders are pinned; `name@latest` is not. */
export function npmPinned(spec: string): boolean {
  if (/^(git|git\+[a-z]+):\/\//.test(spec) || /^github:|^[\w-]+\/[\w.-]+(#.*)?$/.test(spec)) return spec.includes('#');
  if (/\.(tgz|tar\.gz|tar)$/.test(spec) || /^(\.{1,2}\/|\/|~\/|file:)/.test(spec) || spec.includes('://')) return true;
  const name = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
  const at = name.indexOf('@');
  return at >= 0 && !MUTABLE.has(name.slice(at + 1).toLowerCase());
}

export default defineAuditRule<DockerfileDoc, 'unpinned'>({
  id: 'DF032',
  name: 'npm-package-unpinned',
  source: 'dockerfile',
  meta: {
    title: '`npm install <package>` without a pinned version',
    severity: 'medium',
    description:
      'Without `@version` npm installs the `latest` dist-tag at build time: whoever can publish that package (or a look-alike name) decides what runs in the image, as compromised releases such as event-stream and ua-parser-js showed, and builds stop being reproducible (CIS Docker 4.7). Unlike hadolint, an explicit `@latest` or `@next` counts as unpinned. `npm install` without package names (it follows package.json and the lockfile), `npm ci`, folders, tarballs and git URLs with `#ref` are not reported.',
    remediation:
      'Pin the version (`npm install -g typescript@5.6.3`), or list the package in package.json and install with `npm ci` from the lockfile.',
    references: ['https://docs.npmjs.com/cli/commands/npm-install', 'https://github.com/hadolint/hadolint/wiki/DL3016'],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { hadolint: ['DL3016'] },
    stride: ['tampering'],
  },
  messages: {
    unpinned: '`npm {{sub}}` does not pin the version of {{packages}}: use package@version.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['npm'], OPTIONS.npm)) {
      if (!['install', 'i', 'add', 'isntall', 'in'].includes(c.sub)) continue;
      const unpinned = c.operands.filter((w) => !w.dynamic && !npmPinned(w.value));
      if (unpinned.length > 0) {
        ctx.report({
          messageId: 'unpinned',
          range: c.cmd.range,
          data: { sub: c.sub, packages: listPackages(unpinned) },
        });
      }
    }
  },
});
