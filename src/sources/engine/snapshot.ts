import type { Diagnostic } from '../../core/diagnostics.js';

type Obj = Record<string, unknown>;

/**
 * What the audit reads from one engine, as the Engine API returned it. It is plain JSON: a snapshot saved to a file
 * (`*.engine.json`, as the rule examples are) audits exactly like the live engine it came from.
 */
export interface EngineSnapshot {
  /** The endpoint as a URI (`unix:///var/run/docker.sock`, `tcp://host:2376`). */
  endpoint: string;
  /** `GET /version`. */
  version?: Obj;
  /** `GET /info`. */
  info?: Obj;
  /** `GET /networks/bridge`: the default bridge; `null` when the daemon has none (`--bridge=none`). */
  bridge?: Obj | null;
  /** Every container, running or not, that the name filters keep; by name. */
  containers: EngineContainer[];
  /** Every tagged image and every image a kept container uses; by reference. */
  images: EngineImage[];
  /** What stridebench knows of the client side. */
  client: EngineClientSide;
  /** Containers and images left out by the name filters. */
  excluded?: { containers: number; images: number };
}

export interface EngineContainer {
  /** `GET /containers/<id>/json`. */
  inspect: Obj;
  /** `GET /containers/<id>/top`, for a running container: the processes it runs, as `ps` shows them on the host. */
  top?: { Titles?: string[]; Processes?: string[][] };
  /** `GET /exec/<id>/json` of each exec instance the daemon still knows for the container. */
  execs?: Obj[];
}

export interface EngineImage {
  /** `GET /images/<id>/json`. */
  inspect: Obj;
  /** `GET /images/<id>/history`, newest step first as the API gives it. */
  history?: Obj[];
}

export interface EngineClientSide {
  /** DOCKER_CONTENT_TRUST of the environment stridebench runs in (CIS Docker 4.5 is a client setting). */
  contentTrust?: string;
  /** `docker --version` of the docker CLI on PATH, when there is one. */
  cliVersion?: string;
}

export interface ReadEngineResult {
  /** Undefined when nothing could be read: the diagnostics say why. */
  snapshot?: EngineSnapshot;
  diagnostics: Diagnostic[];
}

export function containerName(c: EngineContainer): string {
  const name = typeof c.inspect.Name === 'string' ? c.inspect.Name.replace(/^\//, '') : '';
  return name || String(c.inspect.Id ?? '').slice(0, 12) || '(unnamed)';
}

/** An image's name in findings: its first tag, else its short id. */
export function imageName(i: EngineImage): string {
  const tags = Array.isArray(i.inspect.RepoTags) ? i.inspect.RepoTags.filter((t) => t !== '<none>:<none>') : [];
  if (typeof tags[0] === 'string') return tags[0];
  const id = String(i.inspect.Id ?? '');
  return id.startsWith('sha256:') ? id.slice(7, 19) : id.slice(0, 12) || '(unnamed)';
}
