/**
 * The short and long syntaxes of Compose `ports` and `volumes`, read into one shape. These follow Docker's own
 * parsers (go-connections `ParsePortSpec`, compose-go's volume spec) closely enough for auditing: every form the
 * Compose Specification documents gives the same result in short and long syntax.
 */
import { bool, type CNode, child, text } from './tree.js';

export interface PortSpec {
  /** Container port; absent when it cannot be read. */
  target?: number;
  /** Host port; `0` when Docker picks one (`"3000"`, `"127.0.0.1::3000"`); absent for `expose`. */
  published?: number;
  /** Host address as written; absent means every interface. */
  hostIp?: string;
  protocol: string;
}

/** Ranges are expanded, up to this many pairs per entry (`"1-65535:1-65535"` would otherwise be 65535 ports). */
const MAX_RANGE = 256;

function portRange(s: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s.trim());
  if (!m) return undefined;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return hi >= lo && hi <= 65535 ? [lo, hi] : undefined;
}

/** One `ports` entry: `"127.0.0.1:8080:80/tcp"`, `8080-8081:80-81`, `80`, or a long-syntax mapping. */
export function parsePort(node: CNode): PortSpec[] | undefined {
  if (node.kind === 'map') {
    const target = text(child(node, 'target'));
    const published = text(child(node, 'published'));
    const hostIp = text(child(node, 'host_ip')) || undefined;
    const protocol = (text(child(node, 'protocol')) ?? 'tcp').toLowerCase();
    const t = target !== undefined ? portRange(target) : undefined;
    if (!t) return undefined;
    const p = published !== undefined && published !== '' ? portRange(published) : undefined;
    if (published !== undefined && published !== '' && !p) return undefined;
    // Without `published`, Docker still publishes the port, on a host port it picks.
    return pairs(t, p ?? [0, 0], hostIp, protocol);
  }
  const raw = text(node);
  if (raw === undefined) return undefined;
  let spec = raw.trim();
  let protocol = 'tcp';
  const slash = spec.lastIndexOf('/');
  if (slash >= 0) {
    protocol = spec.slice(slash + 1).toLowerCase() || 'tcp';
    spec = spec.slice(0, slash);
  }
  let hostIp: string | undefined;
  let rest = spec;
  if (spec.startsWith('[')) {
    const close = spec.indexOf(']');
    if (close < 0 || spec[close + 1] !== ':') return undefined;
    hostIp = spec.slice(1, close);
    rest = spec.slice(close + 2);
  }
  const parts = rest.split(':');
  let publishedText: string | undefined;
  let targetText: string;
  if (parts.length === 1) targetText = parts[0] as string;
  else if (parts.length === 2) [publishedText, targetText] = parts as [string, string];
  else {
    // ip:published:target, where an unbracketed IPv6 address holds colons of its own.
    if (hostIp !== undefined) return undefined;
    targetText = parts.at(-1) as string;
    publishedText = parts.at(-2) as string;
    hostIp = parts.slice(0, -2).join(':');
  }
  const t = portRange(targetText);
  if (!t) return undefined;
  const p = publishedText ? portRange(publishedText) : undefined;
  if (publishedText && !p) return undefined;
  // A port entry always publishes: without a host port, Docker picks one.
  return pairs(t, p ?? [0, 0], hostIp || undefined, protocol);
}

function pairs(
  target: [number, number],
  published: [number, number] | undefined,
  hostIp: string | undefined,
  protocol: string,
): PortSpec[] {
  const out: PortSpec[] = [];
  const n = target[1] - target[0] + 1;
  const pn = published ? published[1] - published[0] + 1 : 0;
  for (let i = 0; i < Math.min(n, MAX_RANGE); i++) {
    const spec: PortSpec = { target: target[0] + i, protocol };
    // A host range as wide as the container range maps one to one; otherwise Docker picks within the host range.
    if (published) spec.published = pn === n ? published[0] + i : published[0];
    if (hostIp !== undefined) spec.hostIp = hostIp;
    out.push(spec);
  }
  return out;
}

/** A `ports` entry's identity for merging override files: `{ip, target, published, protocol}`. */
export function portKey(node: CNode): string {
  const p = parsePort(node)?.[0];
  return p ? `${p.hostIp ?? ''}|${p.target}|${p.published ?? ''}|${p.protocol}` : `raw:${JSON.stringify(text(node))}`;
}

export interface VolumeSpec {
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'image' | 'cluster' | 'other';
  /** Host path (bind), volume name (named volume), absent for an anonymous volume or tmpfs. */
  source?: string;
  target: string;
  readOnly: boolean;
  propagation?: string;
}

const PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

/** Host paths in short syntax: absolute, relative (`./`, `../`, `.`), home (`~`), Windows drives. */
function isPath(s: string): boolean {
  return /^(\/|\.|~|[A-Za-z]:[\\/]|\\\\)/.test(s);
}

/** One `volumes` entry: `./data:/data:ro`, `db:/var/lib/mysql`, `/cache`, or a long-syntax mapping. */
export function parseVolume(node: CNode): VolumeSpec | undefined {
  if (node.kind === 'map') {
    const target = text(child(node, 'target'));
    if (!target) return undefined;
    const source = text(child(node, 'source')) || undefined;
    const declared = text(child(node, 'type'));
    const type = (
      ['bind', 'volume', 'tmpfs', 'npipe', 'image', 'cluster'].includes(declared ?? '')
        ? declared
        : declared === undefined
          ? source && isPath(source)
            ? 'bind'
            : 'volume'
          : 'other'
    ) as VolumeSpec['type'];
    const spec: VolumeSpec = { type, target, readOnly: bool(child(node, 'read_only')) === true };
    if (source !== undefined) spec.source = source;
    const propagation = text(child(child(node, 'bind'), 'propagation'));
    if (propagation) spec.propagation = propagation;
    return spec;
  }
  const raw = text(node);
  if (raw === undefined || raw.trim() === '') return undefined;
  const parts = splitVolume(raw.trim());
  if (parts.length === 1) return { type: 'volume', target: parts[0] as string, readOnly: false };
  const [source, target, mode = ''] = parts as [string, string, string?];
  const modes = mode.split(',').filter(Boolean);
  const spec: VolumeSpec = {
    type: isPath(source) ? 'bind' : 'volume',
    source,
    target,
    readOnly: modes.includes('ro'),
  };
  const propagation = modes.find((m) => PROPAGATION.has(m));
  if (propagation) spec.propagation = propagation;
  return spec;
}

/** Splits `source:target:mode`, keeping a Windows drive letter (`C:\data:/data`) with its path. */
function splitVolume(s: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const driveLetter = c === ':' && current.length === 1 && /[A-Za-z]/.test(current) && /[\\/]/.test(s[i + 1] ?? '');
    if (c === ':' && !driveLetter) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** A `volumes` entry's identity for merging override files: its target. */
export function volumeKey(node: CNode): string {
  const v = parseVolume(node);
  return v ? v.target : `raw:${JSON.stringify(text(node))}`;
}

/** A `secrets` or `configs` entry's identity: its target (the source name in short syntax). */
export function secretKey(node: CNode): string {
  if (node.kind === 'map') return text(child(node, 'target')) ?? text(child(node, 'source')) ?? '';
  return text(node) ?? '';
}
