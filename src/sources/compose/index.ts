import { basename, dirname, join } from 'node:path';
import type { RuntimeDoc } from '../runtime.js';
import { COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_NAMES } from './load.js';
import type { ComposeDoc } from './model.js';

export { interpolate, parseDotEnv } from './interpolate.js';
export { COMPOSE_FILE_NAMES, COMPOSE_OVERRIDE_NAMES, loadComposeProject, parseCompose } from './load.js';
export type { ComposeDoc, ComposeHost, ComposeResource, ComposeService } from './model.js';
export type { PortSpec, VolumeSpec } from './syntax.js';

/** The runtime record of every service, for the runtime rules. */
export function composeRuntimes(doc: ComposeDoc): RuntimeDoc {
  return { kind: 'runtime', target: doc.target, runtimes: doc.services.map((s) => s.runtime) };
}

export function isComposeOverrideName(path: string): boolean {
  return COMPOSE_OVERRIDE_NAMES.includes(basename(path));
}

/**
 * The files Compose would read for `path` when run without `-f` in its directory: the file itself and, when it is
 * the directory's main file (the first of compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml that
 * exists), the first override file that exists. Any other file is a project of its own.
 */
export function composeProjectFiles(path: string, exists: (p: string) => boolean): string[] {
  const dir = dirname(path);
  const name = basename(path);
  if (!COMPOSE_FILE_NAMES.includes(name)) return [path];
  const main = COMPOSE_FILE_NAMES.find((n) => n === name || exists(join(dir, n)));
  if (main !== name) return [path];
  const override = COMPOSE_OVERRIDE_NAMES.find((n) => exists(join(dir, n)));
  return override ? [path, join(dir, override)] : [path];
}

/** The main file an override file belongs to, when it exists. */
export function composeMainFor(overridePath: string, exists: (p: string) => boolean): string | undefined {
  if (!isComposeOverrideName(overridePath)) return undefined;
  const dir = dirname(overridePath);
  const main = COMPOSE_FILE_NAMES.find((n) => exists(join(dir, n)));
  return main ? join(dir, main) : undefined;
}
