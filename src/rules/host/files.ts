import type { StrideCategory } from '../../core/stride.js';
import {
  formatMode,
  groupName,
  type HostDoc,
  type HostPath,
  type HostRole,
  userName,
} from '../../sources/host/index.js';
import { type AuditRule, type AuditRuleMeta, defineAuditRule, type RuleContext } from '../rule.js';

interface FileRuleSpec {
  id: string;
  name: string;
  /** CIS Docker 1.6.0 section. */
  section: string;
  /** docker-bench's id for the same check, when it numbers it differently (3.20-3.22). */
  dockerBench?: string;
  role: HostRole;
  /** `The docker.service unit`, for titles. */
  what: string;
  description: string;
  remediation: string;
  stride: readonly StrideCategory[];
  references?: readonly string[];
}

/** The paths of a role that exist, or the reason there is nothing to judge. */
export function present(doc: HostDoc, role: HostRole): HostPath[] | string {
  const paths = doc.paths[role] ?? [];
  const existing = paths.filter((p) => p.info);
  if (existing.length > 0) return existing;
  return (
    doc.notApplicable[role] ??
    (paths.length > 0
      ? `${paths.map((p) => p.path).join(', ')} does not exist on this host (${paths.map((p) => p.from).join('; ')})`
      : 'nothing to judge on this host')
  );
}

function where(p: HostPath, aspect: 'owner' | 'mode') {
  return {
    ...(p.node ? { node: p.node } : {}),
    logical: { kind: 'host' as const, name: p.path, path: aspect },
  };
}

function ownerText(doc: HostDoc, p: HostPath): string {
  return `${userName(doc.accounts, p.info?.uid ?? -1)}:${groupName(doc.accounts, p.info?.gid ?? -1)}`;
}

/** The metadata the ownership and permission checks of one file share: its CIS section, docs and docker-bench id. */
function fileRuleMeta(spec: FileRuleSpec, title: string): AuditRuleMeta {
  return {
    title,
    severity: 'medium',
    description: spec.description,
    remediation: spec.remediation,
    references: spec.references ?? [],
    frameworks: { 'cis-docker-1.6.0': [spec.section] },
    aliases: { 'docker-bench': [spec.dockerBench ?? spec.section] },
    stride: spec.stride,
  };
}

/**
 * A CIS section 3 ownership check: the file belongs to root (the daemon's user for a rootless daemon), group root,
 * or for the API socket the group dockerd gives it (`--group`, default docker).
 */
export function ownerRule(spec: FileRuleSpec & { group: 'root' | 'docker' }): AuditRule<HostDoc, 'owner'> {
  const want = spec.group === 'docker' ? 'root:docker' : 'root:root';
  return defineAuditRule<HostDoc, 'owner'>({
    id: spec.id,
    name: spec.name,
    source: 'host',
    meta: fileRuleMeta(spec, `${spec.what} is not owned by ${want}`),
    messages: {
      owner: '{{path}} is owned by {{owner}}; it should be {{want}} ({{from}}).',
    },
    check(ctx: RuleContext<'owner'>, doc: HostDoc) {
      const paths = present(doc, spec.role);
      if (typeof paths === 'string') return ctx.skip(paths);
      const { uid, user, rootless } = doc.owner;
      const userGid = doc.accounts.primaryGid.get(user);
      const gids = new Set<number>(rootless ? [userGid ?? -1] : [0]);
      let wantText = rootless ? `${user}:${userGid === undefined ? user : groupName(doc.accounts, userGid)}` : want;
      if (spec.group === 'docker' && !rootless) {
        if (doc.dockerGroup.gid !== undefined) gids.add(doc.dockerGroup.gid);
        wantText = `root:${doc.dockerGroup.name}`;
      }
      for (const p of paths) {
        const info = p.info;
        if (!info || (info.uid === uid && gids.has(info.gid))) continue;
        ctx.report({
          messageId: 'owner',
          ...where(p, 'owner'),
          data: { path: p.path, owner: ownerText(doc, p), want: wantText, from: p.from },
          evidence: `${ownerText(doc, p)} ${formatMode(info.mode)} ${p.real ?? p.path}`,
        });
      }
    },
  });
}

const BITS: [number, string][] = [
  [0o4000, 'setuid'],
  [0o2000, 'setgid'],
  [0o1000, 'sticky'],
  [0o0002, 'writable by anyone'],
  [0o0004, 'readable by anyone'],
  [0o0001, 'executable by anyone'],
  [0o0020, 'writable by its group'],
  [0o0040, 'readable by its group'],
  [0o0010, 'executable by its group'],
  [0o0200, 'writable by its owner'],
  [0o0100, 'executable by its owner'],
];

/** What a mode allows beyond `max`, in words: `writable by anyone, readable by its group`. */
export function excessBits(mode: number, max: number): string {
  return BITS.filter(([bit]) => mode & bit & ~max)
    .map(([, words]) => words)
    .join(', ');
}

/**
 * A CIS section 3 permission check: the mode allows nothing beyond `max` (compared bit by bit; docker-bench compares
 * the octal digits as a decimal number, so 0607 passes its `-le 644`).
 */
export function modeRule(spec: FileRuleSpec & { max: number }): AuditRule<HostDoc, 'mode'> {
  const max = formatMode(spec.max).replace(/^0/, '');
  return defineAuditRule<HostDoc, 'mode'>({
    id: spec.id,
    name: spec.name,
    source: 'host',
    meta: fileRuleMeta(spec, `${spec.what} allows more than mode ${max}`),
    messages: {
      mode: '{{path}} has mode {{mode}}, {{excess}}; it should be {{max}} or stricter ({{from}}).',
    },
    check(ctx: RuleContext<'mode'>, doc: HostDoc) {
      const paths = present(doc, spec.role);
      if (typeof paths === 'string') return ctx.skip(paths);
      for (const p of paths) {
        const info = p.info;
        if (!info || (info.mode & ~spec.max) === 0) continue;
        ctx.report({
          messageId: 'mode',
          ...where(p, 'mode'),
          data: {
            path: p.path,
            mode: formatMode(info.mode),
            excess: excessBits(info.mode, spec.max),
            max,
            from: p.from,
          },
          evidence: `${ownerText(doc, p)} ${formatMode(info.mode)} ${p.real ?? p.path}`,
        });
      }
    },
  });
}
