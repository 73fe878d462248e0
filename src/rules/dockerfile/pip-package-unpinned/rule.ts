import { type DockerfileDoc, hasOption } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { listPackages, pipCalls } from '../package-managers.js';

const PINNED = /===?|~=/;
const VCS = /^(git|hg|svn|bzr)(\+[a-z]+)?:/;
const LOCAL = /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/;

export default defineAuditRule<DockerfileDoc, 'unpinned'>({
  id: 'DF031',
  name: 'pip-package-unpinned',
  source: 'dockerfile',
  meta: {
    title: '`pip install` without pinned versions',
    severity: 'medium',
    description:
      'Without `==` (or `~=`) pip installs the newest release on PyPI at build time. Anyone who can publish a release of that project (or of a look-alike name) decides what runs in the image, and builds stop being reproducible (CIS Docker 4.7). A range such as `>=1.2` is reported too, since it pins nothing; requirement and constraint files (`-r`, `-c`), local paths, wheels and archives, and VCS URLs with `@ref` are not. Severity is medium because PyPI is open to anyone, unlike a distribution archive.',
    remediation:
      'Pin every package (`pip install flask==3.0.3`), or install from a requirements file with pinned versions and hashes: `pip install --require-hashes -r requirements.txt`.',
    references: [
      'https://pip.pypa.io/en/stable/topics/repeatable-installs/',
      'https://github.com/hadolint/hadolint/wiki/DL3013',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { hadolint: ['DL3013'] },
    stride: ['tampering'],
  },
  messages: {
    unpinned: '`pip install` does not pin the version of {{packages}}: use package==version or a requirements file.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of pipCalls(doc)) {
      if (c.sub !== 'install') continue;
      if (hasOption(c.parsed, 'r', 'requirement', 'c', 'constraint')) continue;
      const unpinned = c.operands.filter((w) => {
        const v = w.value;
        if (w.dynamic || PINNED.test(v) || LOCAL.test(v)) return false;
        if (VCS.test(v) || v.includes('://')) return !/@[^/]+$/.test(v.split('#')[0] ?? '');
        return !(v.startsWith('.') || v.startsWith('/') || v.startsWith('~') || v.includes('/'));
      });
      if (unpinned.length > 0) {
        ctx.report({ messageId: 'unpinned', range: c.cmd.range, data: { packages: listPackages(unpinned) } });
      }
    }
  },
});
