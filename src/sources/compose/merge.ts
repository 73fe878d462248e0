/**
 * Compose's merge rules (compose-spec "Merge and override"), used for override files and `extends`: mappings merge
 * key by key, sequences append, `command`/`entrypoint`/`healthcheck.test` are replaced, `ports`/`volumes`/`secrets`/
 * `configs` merge by their unique key, and `!reset` / `!override` clear or replace a value.
 */
import { portKey, secretKey, volumeKey } from './syntax.js';
import { type CMap, type CNode, type CScalar, type CSeq, mapNode, text } from './tree.js';

/** Service attributes that Compose accepts as a list or a mapping; normalised to a mapping before merging. */
const KEY_VALUE_LISTS = new Set(['environment', 'labels', 'annotations', 'sysctls', 'extra_hosts']);

/**
 * Rewrites a service into the forms Compose merges: `build: dir` → `{context: dir}`, `extends: name` →
 * `{service: name}`, list-form `environment`/`labels`/`networks`/`depends_on` → mappings. Each new entry keeps the
 * node it was written at.
 */
export function normalizeService(service: CMap): CMap {
  const entries = new Map(service.entries);
  for (const [key, value] of service.entries) {
    if ((key === 'build' || key === 'extends') && value.kind === 'scalar' && value.value !== null) {
      const inner: CScalar = { ...value, keyRange: undefined, tag: undefined };
      entries.set(key, mapNode(value, new Map([[key === 'build' ? 'context' : 'service', inner]])));
    } else if (KEY_VALUE_LISTS.has(key) && value.kind === 'seq') {
      entries.set(key, mapNode(value, keyValueEntries(value, key === 'extra_hosts')));
    } else if ((key === 'networks' || key === 'depends_on') && value.kind === 'seq') {
      const names = new Map<string, CNode>();
      for (const item of value.items) {
        const name = text(item);
        if (name !== undefined)
          names.set(name, { kind: 'scalar', value: null, file: item.file, range: item.range, keyRange: item.range });
      }
      entries.set(key, mapNode(value, names));
    }
  }
  return mapNode(service, entries);
}

/** `- KEY=value` items (`KEY:value` too for extra_hosts); `- KEY` alone has no value (taken from the host). */
function keyValueEntries(seq: CSeq, colonToo: boolean): Map<string, CNode> {
  const out = new Map<string, CNode>();
  for (const item of seq.items) {
    const s = text(item);
    if (s === undefined) continue;
    const eq = s.indexOf('=');
    const colon = colonToo ? s.indexOf(':') : -1;
    const at = eq >= 0 && (colon < 0 || eq < colon) ? eq : colon;
    const key = at >= 0 ? s.slice(0, at) : s;
    out.set(key, {
      kind: 'scalar',
      value: at >= 0 ? s.slice(at + 1) : null,
      file: item.file,
      range: item.range,
      keyRange: item.range,
    });
  }
  return out;
}

const REPLACED = new Set(['command', 'entrypoint']);
const UNIQUE: Record<string, (n: CNode) => string> = {
  ports: portKey,
  volumes: volumeKey,
  secrets: secretKey,
  configs: secretKey,
};

/**
 * Merges `over` onto `base`. `path` is the attribute path inside a service (`['deploy', 'resources']`), which
 * selects the sequence rule; `undefined` is a `!reset`: the attribute is removed.
 */
export function mergeNodes(base: CNode | undefined, over: CNode, path: readonly string[]): CNode | undefined {
  if (over.tag === 'reset') return undefined;
  if (!base || over.tag === 'override') return over;
  if (base.kind === 'map' && over.kind === 'map') {
    const entries = new Map(base.entries);
    for (const [key, value] of over.entries) {
      const merged = mergeNodes(base.entries.get(key), value, [...path, key]);
      if (merged) entries.set(key, merged);
      else entries.delete(key);
    }
    return mapNode(base, entries);
  }
  if (base.kind === 'seq' && over.kind === 'seq') {
    const attribute = path.length === 1 ? path[0] : undefined;
    if ((attribute && REPLACED.has(attribute)) || (path[0] === 'healthcheck' && path[1] === 'test')) return over;
    const keyOf = attribute ? UNIQUE[attribute] : undefined;
    if (keyOf) {
      const items = [...base.items];
      for (const item of over.items) {
        const k = keyOf(item);
        const i = items.findIndex((b) => keyOf(b) === k);
        if (i < 0) items.push(item);
        else items[i] = mergeNodes(items[i], item, [...path, '*']) ?? item;
      }
      return { ...base, items };
    }
    // Other sequences append, without repeating a value already there (cap_add, dns, expose, profiles...).
    const seen = new Set(base.items.map(identity));
    return { ...base, items: [...base.items, ...over.items.filter((i) => !seen.has(identity(i)))] };
  }
  return over;
}

function identity(n: CNode): string {
  return n.kind === 'scalar' ? `s:${String(n.value)}` : `n:${n.file.uri}:${n.range[0]}`;
}

/** Merges two whole files (or two documents of one file): top-level sections by key, services by the rules above. */
export function mergeFiles(base: CMap, over: CMap): CMap {
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    const b = base.entries.get(key);
    if (key === 'services' && b?.kind === 'map' && value.kind === 'map') {
      const services = new Map(b.entries);
      for (const [name, svc] of value.entries) {
        const merged = mergeNodes(b.entries.get(name), svc, []);
        if (merged) services.set(name, merged);
        else services.delete(name);
      }
      entries.set(key, mapNode(b, services));
    } else {
      const merged = mergeNodes(b, value, [key, '*']);
      if (merged) entries.set(key, merged);
      else entries.delete(key);
    }
  }
  return mapNode(base, entries);
}
