import { execFile } from 'node:child_process';
import { EngineClient, EngineError, mapLimit } from './client.js';
import { type EndpointOptions, resolveEndpoint } from './endpoint.js';
import type { EngineContainer, EngineImage, EngineSnapshot, ReadEngineResult } from './snapshot.js';

type Obj = Record<string, unknown>;

export interface NameFilter {
  /** Glob patterns (`*`, `?`) over container names and image references; none means all. */
  include?: readonly string[];
  exclude?: readonly string[];
}

export interface ReadEngineOptions extends EndpointOptions {
  /** Per request. Default 30 s. */
  timeoutMs?: number;
  /** Requests in flight at once. Default 8. */
  concurrency?: number;
  /** Which containers and images to read, by name. */
  names?: NameFilter;
  /** Read the engine's images (default true). */
  images?: boolean;
  /** The docker CLI's version; when absent and `probeCli` is not false, `docker --version` is asked. */
  cliVersion?: string;
  probeCli?: boolean;
}

/**
 * Reads what the audit needs from a live engine: version, info, every container (running or not) with its inspect
 * answer, the processes of running ones and their exec instances, and the images with their history. A failure to
 * reach the engine ends the read with one error diagnostic that says what to do; a container or image that vanishes
 * between the list and the inspect is left out without a word.
 */
export async function readEngine(options: ReadEngineOptions = {}): Promise<ReadEngineResult> {
  const env = options.env ?? process.env;
  const resolved = resolveEndpoint(options);
  if ('problem' in resolved)
    return { diagnostics: [{ code: resolved.problem.code, severity: 'error', message: resolved.problem.message }] };
  const client = new EngineClient(resolved.endpoint, { timeoutMs: options.timeoutMs });
  const limit = Math.max(1, options.concurrency ?? 8);
  const keep = nameMatcher(options.names ?? {});
  try {
    // Asked while the engine is read: it only prints the CLI's own version.
    const cliVersion: Promise<string | undefined> =
      options.cliVersion !== undefined || options.probeCli === false
        ? Promise.resolve(options.cliVersion)
        : dockerCliVersion(env);
    const version = await client.negotiate();
    const info = await client.get<Obj>('/info');
    const bridge = (await orMissing(client.get<Obj>('/networks/bridge'))) ?? null;
    const listed = await client.get<Obj[]>('/containers/json', { all: '1' });
    const kept = listed.filter((c) => keep(namesOf(c)));
    const containers = (
      await mapLimit(kept, limit, async (c): Promise<EngineContainer | undefined> => {
        const id = encodeURIComponent(String(c.Id));
        const inspect = await orMissing(client.get<Obj>(`/containers/${id}/json`));
        if (!inspect) return undefined;
        const out: EngineContainer = { inspect };
        const state = inspect.State as Obj | undefined;
        if (state?.Running === true && state.Paused !== true) {
          // `top` runs ps on the host over the container's processes: nothing is executed inside the container.
          const top = await orMissing(client.get<EngineContainer['top'] & Obj>(`/containers/${id}/top`), true);
          if (top) out.top = top;
        }
        const execIds = Array.isArray(inspect.ExecIDs) ? inspect.ExecIDs.filter((x) => typeof x === 'string') : [];
        if (execIds.length > 0) {
          const execs = await mapLimit(execIds, 2, (x) =>
            orMissing(client.get<Obj>(`/exec/${encodeURIComponent(x)}/json`)),
          );
          out.execs = execs.filter((x): x is Obj => x !== undefined);
        }
        return out;
      })
    ).filter((c): c is EngineContainer => c !== undefined);
    containers.sort((a, b) => byName(String(a.inspect.Name), String(b.inspect.Name)));

    let images: EngineImage[] = [];
    let excludedImages = 0;
    if (options.images !== false) {
      const listedImages = await client.get<Obj[]>('/images/json');
      const used = new Set(containers.map((c) => String(c.inspect.Image ?? '')));
      const keptImages = listedImages.filter((i) => {
        const refs = Array.isArray(i.RepoTags) ? i.RepoTags.filter((t): t is string => typeof t === 'string') : [];
        const named = refs.filter((r) => r !== '<none>:<none>');
        // An untagged image is kept when a kept container runs it, and judged by its id otherwise.
        const ok =
          named.length > 0 ? keep(named.flatMap((r) => [r, r.replace(/:[^:/]*$/, '')])) : used.has(String(i.Id));
        if (!ok) excludedImages++;
        return ok;
      });
      images = (
        await mapLimit(keptImages, limit, async (i): Promise<EngineImage | undefined> => {
          const id = encodeURIComponent(String(i.Id));
          const inspect = await orMissing(client.get<Obj>(`/images/${id}/json`));
          if (!inspect) return undefined;
          const history = await orMissing(client.get<Obj[]>(`/images/${id}/history`));
          return history ? { inspect, history } : { inspect };
        })
      ).filter((i): i is EngineImage => i !== undefined);
      images.sort((a, b) => byName(refOf(a), refOf(b)));
    }

    const cli = await cliVersion;
    const snapshot: EngineSnapshot = {
      endpoint: resolved.endpoint.uri,
      version,
      info,
      bridge,
      containers,
      images,
      client: {
        ...(env.DOCKER_CONTENT_TRUST !== undefined ? { contentTrust: env.DOCKER_CONTENT_TRUST } : {}),
        ...(cli ? { cliVersion: cli } : {}),
      },
    };
    const excludedContainers = listed.length - kept.length;
    if (excludedContainers > 0 || excludedImages > 0)
      snapshot.excluded = { containers: excludedContainers, images: excludedImages };
    return { snapshot, diagnostics: [] };
  } catch (err) {
    if (err instanceof EngineError)
      return { diagnostics: [{ code: err.code, severity: 'error', message: err.message }] };
    throw err;
  }
}

/** A 404 means the object went away between two calls (or, for `top`, stopped): it is simply not there. */
async function orMissing<T>(p: Promise<T>, conflictToo = false): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof EngineError && (err.status === 404 || (conflictToo && err.status === 409))) return undefined;
    throw err;
  }
}

function namesOf(c: Obj): string[] {
  return Array.isArray(c.Names)
    ? c.Names.filter((n): n is string => typeof n === 'string').map((n) => n.replace(/^\//, ''))
    : [];
}

function refOf(i: EngineImage): string {
  const tags = Array.isArray(i.inspect.RepoTags) ? i.inspect.RepoTags : [];
  return String(tags[0] ?? i.inspect.Id ?? '');
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Glob patterns over names: `web-*`, `*db*`, `app?`. A name is kept when no include pattern is given or one
 * matches, and no exclude pattern matches. Any of an object's names (a container's aliases, an image's tags) counts.
 */
export function nameMatcher(filter: NameFilter): (names: readonly string[]) => boolean {
  const include = (filter.include ?? []).map(globToRegExp);
  const exclude = (filter.exclude ?? []).map(globToRegExp);
  return (names) => {
    if (include.length > 0 && !names.some((n) => include.some((re) => re.test(n)))) return false;
    return !names.some((n) => exclude.some((re) => re.test(n)));
  };
}

export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/**
 * The version of the docker CLI on PATH (`docker --version` only prints; it does not contact a daemon). Undefined
 * when there is none or it does not answer within 5 s.
 */
function dockerCliVersion(env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile('docker', ['--version'], { env: { PATH: env.PATH ?? '' }, timeout: 5000 }, (err, stdout) => {
      if (err) return resolvePromise(undefined);
      const m = /version\s+([0-9][^\s,]*)/i.exec(String(stdout));
      resolvePromise(m?.[1]);
    });
  });
}
