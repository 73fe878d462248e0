import {
  type CommandRef,
  commandsNamed,
  type DockerfileDoc,
  operands,
  type ShellCommand,
  type ShellWord,
  spanOf,
} from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

type Family = 'apt' | 'apk' | 'yum' | 'zypper' | 'pacman';

const FAMILY: Record<string, Family> = {
  'apt-get': 'apt',
  apt: 'apt',
  aptitude: 'apt',
  apk: 'apk',
  yum: 'yum',
  dnf: 'yum',
  microdnf: 'yum',
  tdnf: 'yum',
  zypper: 'zypper',
  pacman: 'pacman',
};

const MANAGERS = new Set(Object.keys(FAMILY));

/** Short options of each manager that take a value, so their values are not read as subcommands. */
const VALUE_OPTIONS: Record<Family, { short: string; long: string[] }> = {
  apt: { short: 'octa', long: ['option', 'config-file', 'target-release', 'host-architecture'] },
  apk: { short: 'pX', long: ['root', 'repository', 'arch', 'cache-dir', 'keys-dir', 'repositories-file'] },
  yum: {
    short: 'cdeRx',
    long: ['setopt', 'releasever', 'installroot', 'config', 'exclude', 'repo', 'enablerepo', 'disablerepo'],
  },
  zypper: { short: 'crRDx', long: ['root', 'config', 'reposd-dir', 'cache-dir'] },
  pacman: { short: 'br', long: ['root', 'dbpath', 'config', 'cachedir'] },
};

const UPDATE: Record<Family, readonly string[]> = {
  apt: ['update'],
  apk: ['update'],
  yum: ['makecache', 'check-update'],
  zypper: ['refresh', 'ref'],
  pacman: [],
};

const INSTALL: Record<Family, readonly string[]> = {
  apt: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'reinstall', 'satisfy', 'source'],
  apk: ['add', 'upgrade', 'fix'],
  yum: [
    'install',
    'update',
    'upgrade',
    'reinstall',
    'groupinstall',
    'groupupdate',
    'localinstall',
    'group',
    'module',
    'distro-sync',
    'downgrade',
    'builddep',
    'swap',
  ],
  zypper: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si'],
  pacman: [],
};

function classify(cmd: ShellCommand): { family: Family; kind: 'update' | 'install' } | undefined {
  const family = FAMILY[cmd.name];
  if (!family) return undefined;
  if (family === 'pacman') {
    // pacman -Sy refreshes the index; -S/-U with packages, or -Syu, install.
    const flags = cmd.args
      .filter((w) => /^-[A-Za-z]+$/.test(w.value))
      .map((w) => w.value.slice(1))
      .join('');
    if (!flags.includes('S') && !flags.includes('U')) return undefined;
    const packages = operands(cmd.args, { short: VALUE_OPTIONS.pacman.short });
    if (flags.includes('u') || packages.length > 0 || flags.includes('U')) return { family, kind: 'install' };
    return flags.includes('y') ? { family, kind: 'update' } : undefined;
  }
  const spec = VALUE_OPTIONS[family];
  const sub = operands(cmd.args, spec)[0]?.value;
  if (sub === undefined) return undefined;
  // `apk --update add x` has no `update` operand: it installs.
  if (UPDATE[family].includes(sub)) return { family, kind: 'update' };
  if (INSTALL[family].includes(sub)) return { family, kind: 'install' };
  return undefined;
}

export default defineAuditRule<DockerfileDoc, 'updateAlone'>({
  id: 'DF009',
  name: 'package-index-update-alone',
  source: 'dockerfile',
  meta: {
    title: 'Package index updated in a RUN without an install',
    severity: 'medium',
    description:
      'A RUN refreshes the package index (`apt-get update`, `apk update`, `dnf makecache`, `zypper refresh`, `pacman -Sy`) but installs nothing with the same package manager. Docker caches that layer: later builds reuse the old index while the install in a following RUN changes, so they install outdated packages, missing security fixes, or fail when the mirror has moved on. CIS 4.7 asks for the update and the install in the same RUN.',
    remediation:
      'Update and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends pkg=1.2.3 && rm -rf /var/lib/apt/lists/*` (or `apk add --no-cache pkg`).',
    references: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/build/cache/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: {
      checkov: ['CKV_DOCKER_5'],
      trivy: ['DS-0017'],
      dockle: ['CIS-DI-0007'],
      'docker-bench': ['4.7'],
    },
    stride: ['tampering'],
  },
  messages: {
    updateAlone:
      '"{{command}}" refreshes the package index but this RUN installs nothing with {{manager}}: the cached index goes stale.',
  },
  check(ctx, doc) {
    const refs = commandsNamed(doc, MANAGERS);
    for (let i = 0; i < refs.length; ) {
      const ins = (refs[i] as CommandRef).ins;
      const updates: { cmd: ShellCommand; family: Family }[] = [];
      const installs = new Set<Family>();
      for (; i < refs.length && (refs[i] as CommandRef).ins === ins; i++) {
        const cmd = (refs[i] as CommandRef).cmd;
        const c = classify(cmd);
        if (!c) continue;
        if (c.kind === 'install') installs.add(c.family);
        else updates.push({ cmd, family: c.family });
      }
      for (const { cmd, family } of updates) {
        if (installs.has(family)) continue;
        const words = [cmd.nameWord as ShellWord, ...cmd.args];
        ctx.report({
          messageId: 'updateAlone',
          range: spanOf(words),
          data: { command: words.map((w) => w.value).join(' '), manager: cmd.name },
        });
      }
    }
  },
});
