import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

type Obj = Record<string, unknown>;

/** Every object of a recording, as `kubectl get -o yaml` shows it: `kind` and `apiVersion` filled in, pages joined. */
export function recordedObjects(dir: string): Obj[] {
  const out: Obj[] = [];
  for (const file of walk(dir).sort()) {
    const list = JSON.parse(readFileSync(file, 'utf8')) as Obj;
    if (list.kind === 'Status' || !Array.isArray(list.items)) continue;
    const kind = String(list.kind).replace(/List$/, '');
    for (const item of list.items as Obj[]) out.push({ apiVersion: list.apiVersion, kind, ...item });
  }
  return out;
}

/** What `kubectl get <kinds> -A -o yaml` prints for these objects: one `kind: List`, keys sorted. */
export function kubectlListYaml(objects: Obj[]): string {
  return stringify(
    { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } },
    {
      sortMapEntries: true,
      lineWidth: 0,
    },
  );
}

/** The logical name a live finding gives an object. */
export function logicalNameOf(context: string, o: Obj): string {
  const m = o.metadata as Obj;
  return [context, ...(m.namespace ? [m.namespace] : []), o.kind, m.name].join('/');
}

/** Resolves a field path such as `spec.containers[0].securityContext.privileged` or `annotations["a/b"]`. */
export function resolvePath(root: unknown, path: string): unknown {
  let v = root;
  const step = /\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = step.exec(path)) !== null) {
    at = step.lastIndex;
    const key = m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3] as string));
    v = (v as Record<string | number, unknown> | undefined)?.[key];
  }
  if (at !== path.length) throw new Error(`bad path ${path}`);
  return v;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : [];
  });
}
