import { dirname, isAbsolute, join } from 'node:path';
import type { Diagnostic, DiagnosticCode } from '../../core/diagnostics.js';
import { type Range, SourceFile } from '../../core/location.js';
import { findSuppressions, type Suppression } from '../../rules/suppress.js';
import { parseYamlFile, yamlSuppressions } from '../yaml/index.js';
import { dotEnvEntries, type Environment, parseDotEnv } from './interpolate.js';
import { mergeFiles, mergeNodes, normalizeService } from './merge.js';
import type { ComposeDoc, ComposeHost, ComposeResource, ComposeService } from './model.js';
import { serviceRuntime } from './runtime.js';
import {
  bool,
  type CMap,
  type CNode,
  fromYaml,
  locate,
  mapNode,
  sourceOf,
  type TreeProblem,
  text,
  toPlain,
} from './tree.js';

/** The files `docker compose` looks for in a directory, in its order of preference. */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
/** The override file merged onto the main file when Compose runs without `-f`. */
export const COMPOSE_OVERRIDE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

interface LoadedFile {
  uri: string;
  file: SourceFile;
  /** Documents merged, services normalised; `extends` not yet resolved. */
  root: CMap;
}

/**
 * Loads a Compose project: `paths[0]` is the main file and the others are merged onto it in order, as with
 * `docker compose -f a -f b`. Variables are interpolated from the `.env` next to the main file (only: never the
 * process environment), `extends` is resolved per file, `!reset`/`!override` are honoured, and every service is
 * mapped to the normalised container runtime record. Problems become coded diagnostics; nothing is thrown for bad
 * input.
 */
export function loadComposeProject(paths: readonly string[], host: ComposeHost): ComposeDoc {
  return loadProject(paths, host, new Map(), []);
}

/**
 * `parentEnv` holds the variables of an including project, which win over the included project's own `.env`;
 * `stack` the files being included, against include cycles.
 */
function loadProject(
  paths: readonly string[],
  host: ComposeHost,
  parentEnv: Environment,
  stack: readonly string[],
  envFile?: string,
): ComposeDoc {
  const target = paths[0] ?? '-';
  const projectDir = dirname(target);
  const envText = host.readFile(envFile ?? join(projectDir, '.env'));
  const env = new Map(envText === undefined ? [] : parseDotEnv(envText));
  for (const [k, v] of parentEnv) env.set(k, v);
  const loader = new Loader(host, env, host.readsFiles !== false);
  let merged: CMap | undefined;
  const included: ComposeDoc[] = [];
  for (const path of paths) {
    const loaded = loader.load(path);
    if (!loaded) {
      if (path === target) loader.report('file-unreadable', 'error', `${path}: cannot be read`, undefined, undefined);
      continue;
    }
    included.push(...loader.includes(loaded, [...stack, ...paths], env));
    const resolved = loader.resolveAll(loaded);
    merged = merged ? mergeFiles(merged, resolved) : resolved;
  }
  const main = loader.loaded.get(target)?.file;
  let tree: CMap = merged ?? {
    kind: 'map',
    entries: new Map(),
    file: main ?? new SourceFile(target, ''),
    range: [0, 0],
  };
  for (const sub of included) tree = loader.adopt(tree, sub);
  const topVolumes = tree.entries.get('volumes');
  const services: ComposeService[] = [];
  const servicesNode = tree.entries.get('services');
  if (servicesNode?.kind === 'map') {
    for (const [name, svc] of servicesNode.entries) {
      if (svc.kind !== 'map') continue;
      const profiles = svc.entries.get('profiles');
      services.push({
        name,
        node: sourceOf(svc, 'key'),
        value: toPlain(svc) as Record<string, unknown>,
        tree: svc,
        profiles: profiles?.kind === 'seq' ? profiles.items.map(text).filter((p): p is string => p !== undefined) : [],
        at: (path, prefer) => locate(svc, path, prefer),
        runtime: serviceRuntime(name, svc, topVolumes, (node, message) =>
          loader.report('compose-invalid', 'warning', message, node.file, node.range),
        ),
      });
    }
  }
  for (const service of services) loader.envFiles(service);
  if (services.length === 0 && main && !loader.diagnostics.some((d) => d.severity === 'error')) {
    loader.report(
      'compose-invalid',
      'warning',
      `${target}: the project defines no services`,
      main,
      servicesNode?.range ?? [0, 0],
    );
  }
  return {
    kind: 'compose',
    target,
    projectDir,
    files: [...[...loader.loaded.values()].map((l) => l.file), ...loader.envFileSources],
    services,
    networks: resources(tree, 'networks'),
    volumes: resources(tree, 'volumes'),
    secrets: resources(tree, 'secrets'),
    configs: resources(tree, 'configs'),
    tree,
    diagnostics: loader.diagnostics,
    suppressions: loader.suppressions,
  };
}

/** One Compose file's text on its own: no override, no `.env`, `extends: file:` unresolved. */
export function parseCompose(text: string, uri: string): ComposeDoc {
  return loadComposeProject([uri], { readFile: (p) => (p === uri ? text : undefined), readsFiles: false });
}

function resources(tree: CMap, key: string): ComposeResource[] {
  const section = tree.entries.get(key);
  if (section?.kind !== 'map') return [];
  return [...section.entries].map(([name, node]) => ({
    name,
    node: sourceOf(node, 'key'),
    value: toPlain(node),
    tree: node,
  }));
}

class Loader {
  readonly diagnostics: Diagnostic[] = [];
  readonly suppressions: Suppression[] = [];
  readonly loaded = new Map<string, LoadedFile>();
  readonly envFileSources: SourceFile[] = [];
  readonly #failed = new Set<string>();
  readonly #reported = new Set<string>();
  /** Services with `extends` resolved, per file. */
  readonly #resolved = new Map<string, Map<string, CMap | null>>();

  constructor(
    readonly host: ComposeHost,
    readonly env: Environment,
    /** False for a lone text (stdin): files it names cannot be read, which is no fault of the project. */
    readonly readsFiles: boolean,
  ) {}

  report(code: DiagnosticCode, severity: 'error' | 'warning', message: string, file?: SourceFile, range?: Range) {
    const key = `${code}|${file?.uri}|${range?.[0]}|${range?.[1]}|${message}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    this.diagnostics.push({ code, severity, message, location: file && range ? file.location(range) : undefined });
  }

  /**
   * Adds the variables of a service's `env_file` files to its environment, each at its line in the env file;
   * `environment` wins over them and a later file over an earlier one, as in Compose. A missing file is reported
   * unless `required: false`. Paths are relative to the Compose file that names them.
   */
  envFiles(service: ComposeService): void {
    const node = service.tree.entries.get('env_file');
    const items = node?.kind === 'seq' ? node.items : node ? [node] : [];
    const fromEnvironment = new Set(service.runtime.env.map((e) => e.name));
    for (const item of items) {
      const rel = text(item.kind === 'map' ? item.entries.get('path') : item);
      if (!rel) continue;
      const required = item.kind !== 'map' || bool(item.entries.get('required')) !== false;
      const path = isAbsolute(rel) ? rel : join(dirname(item.file.uri), rel);
      const content = this.host.readFile(path);
      if (content === undefined) {
        if (required && this.readsFiles) {
          this.report(
            'compose-invalid',
            'warning',
            `service ${service.name}: env_file ${rel} cannot be read`,
            item.file,
            item.range,
          );
        }
        continue;
      }
      let file = this.envFileSources.find((f) => f.uri === path);
      if (!file) {
        file = new SourceFile(path, content);
        this.envFileSources.push(file);
        // A comment covers the variable on the next line, or the one it trails.
        const lineAt = (_line: number, offset: number): Range => {
          const end = content.indexOf('\n', offset);
          return [offset, end < 0 ? content.length : end];
        };
        this.suppressions.push(...findSuppressions(content, path, lineAt));
      }
      for (const e of dotEnvEntries(content)) {
        if (fromEnvironment.has(e.name)) continue;
        const env = service.runtime.env;
        const at = env.findIndex((x) => x.name === e.name);
        const setting = { name: e.name, value: e.value, node: { file, range: e.range } };
        if (at >= 0) env[at] = setting;
        else env.push(setting);
      }
    }
  }

  /**
   * The projects a file includes (`include:`), each loaded as a project of its own: its directory, its `.env`
   * (under the including project's variables), its own override-free file list.
   */
  includes(loaded: LoadedFile, stack: readonly string[], env: Environment): ComposeDoc[] {
    const include = loaded.root.entries.get('include');
    if (!include) return [];
    if (include.kind !== 'seq') {
      this.report('compose-invalid', 'error', `${loaded.uri}: include must be a list`, include.file, include.range);
      return [];
    }
    const out: ComposeDoc[] = [];
    for (const item of include.items) {
      const pathNode = item.kind === 'map' ? item.entries.get('path') : item;
      const rels = pathNode?.kind === 'seq' ? pathNode.items.map(text) : [text(pathNode)];
      const envFile = item.kind === 'map' ? text(item.entries.get('env_file')) : undefined;
      const paths = rels.filter((r): r is string => !!r).map((r) => (isAbsolute(r) ? r : join(dirname(loaded.uri), r)));
      if (paths.length === 0) {
        this.report('compose-invalid', 'error', `${loaded.uri}: an include entry needs a path`, item.file, item.range);
        continue;
      }
      const cycle = paths.find((p) => stack.includes(p));
      if (cycle) {
        this.report('compose-invalid', 'error', `${loaded.uri}: ${cycle} includes itself`, item.file, item.range);
        continue;
      }
      if (this.host.readFile(paths[0] as string) === undefined) {
        this.report(
          'compose-invalid',
          'error',
          `${loaded.uri}: included file ${paths[0]} cannot be read`,
          item.file,
          item.range,
        );
        continue;
      }
      const envPath = envFile ? (isAbsolute(envFile) ? envFile : join(dirname(loaded.uri), envFile)) : undefined;
      out.push(loadProject(paths, this.host, env, stack, envPath));
    }
    return out;
  }

  /** Adds an included project's services and resources; a name the project already defines is a conflict. */
  adopt(tree: CMap, sub: ComposeDoc): CMap {
    this.diagnostics.push(...sub.diagnostics);
    this.suppressions.push(...sub.suppressions);
    for (const f of sub.files)
      if (!this.loaded.has(f.uri)) this.loaded.set(f.uri, { uri: f.uri, file: f, root: sub.tree });
    const entries = new Map(tree.entries);
    for (const section of ['services', 'networks', 'volumes', 'secrets', 'configs']) {
      const theirs = sub.tree.entries.get(section);
      if (theirs?.kind !== 'map') continue;
      const ours = entries.get(section);
      const merged = new Map(ours?.kind === 'map' ? ours.entries : []);
      for (const [name, node] of theirs.entries) {
        if (merged.has(name)) {
          const at = sourceOf(node, 'key');
          this.report(
            'compose-invalid',
            'error',
            `${section} ${name} of included ${sub.target} conflicts with the including project`,
            at.file,
            at.range,
          );
          continue;
        }
        merged.set(name, node);
      }
      entries.set(section, ours?.kind === 'map' ? mapNode(ours, merged) : { ...theirs, entries: merged });
    }
    return mapNode(tree, entries);
  }

  load(uri: string): LoadedFile | undefined {
    const cached = this.loaded.get(uri);
    if (cached || this.#failed.has(uri)) return cached;
    const text = this.host.readFile(uri);
    if (text === undefined) {
      this.#failed.add(uri);
      return undefined;
    }
    const yaml = parseYamlFile(text, uri);
    // Duplicate keys are reported by the YAML reader; Compose refuses them too, so they stay visible.
    this.diagnostics.push(...yaml.diagnostics);
    this.suppressions.push(...yamlSuppressions(yaml.file, yaml.documents));
    let root: CMap | undefined;
    for (const d of yaml.documents) {
      const problems: TreeProblem[] = [];
      const tree = fromYaml(d.doc, yaml.file, this.env, problems);
      for (const p of problems) this.#problem(p);
      if (!tree) continue;
      if (tree.kind !== 'map') {
        this.report(
          'compose-invalid',
          'error',
          `${uri}: a Compose file must be a mapping (services:, networks:, ...)`,
          yaml.file,
          tree.range,
        );
        continue;
      }
      const doc = this.#validate(uri, tree);
      root = root ? mergeFiles(root, doc) : doc;
    }
    const loaded: LoadedFile = {
      uri,
      file: yaml.file,
      root: root ?? { kind: 'map', entries: new Map(), file: yaml.file, range: [0, 0] },
    };
    this.loaded.set(uri, loaded);
    return loaded;
  }

  #problem(p: TreeProblem) {
    const { problem } = p;
    if (problem.kind === 'complex-key') this.report('compose-invalid', 'error', problem.message, p.file, p.range);
    else if (problem.kind === 'invalid')
      this.report('compose-interpolation', 'warning', problem.message, p.file, p.range);
    else this.report('compose-unresolved', 'warning', problem.message, p.file, p.range);
  }

  /** Checks the shape Compose requires and normalises each service; bad parts are reported and left out. */
  #validate(uri: string, root: CMap): CMap {
    const services = root.entries.get('services');
    if (!services) return root;
    const entries = new Map(root.entries);
    if (services.kind === 'scalar' && services.value === null) {
      entries.set('services', { ...services, kind: 'map', entries: new Map() } as CMap);
      return mapNode(root, entries);
    }
    if (services.kind !== 'map') {
      this.report(
        'compose-invalid',
        'error',
        `${uri}: services must be a mapping of service names to their settings`,
        services.file,
        services.range,
      );
      entries.delete('services');
      return mapNode(root, entries);
    }
    const valid = new Map<string, CNode>();
    for (const [name, svc] of services.entries) {
      if (svc.kind !== 'map') {
        this.report(
          'compose-invalid',
          'error',
          `${uri}: service ${name} must be a mapping of settings`,
          svc.file,
          svc.keyRange ?? svc.range,
        );
        continue;
      }
      valid.set(name, normalizeService(svc));
    }
    entries.set('services', mapNode(services, valid));
    return mapNode(root, entries);
  }

  /** The file's root with every service's `extends` resolved. */
  resolveAll(loaded: LoadedFile): CMap {
    const services = loaded.root.entries.get('services');
    if (services?.kind !== 'map') return loaded.root;
    const out = new Map<string, CNode>();
    for (const name of services.entries.keys()) {
      const svc = this.#resolve(loaded, name, []);
      if (svc) out.set(name, svc);
    }
    const entries = new Map(loaded.root.entries);
    entries.set('services', mapNode(services, out));
    return mapNode(loaded.root, entries);
  }

  #resolve(loaded: LoadedFile, name: string, stack: readonly string[]): CMap | undefined {
    let cache = this.#resolved.get(loaded.uri);
    if (!cache) this.#resolved.set(loaded.uri, (cache = new Map()));
    const done = cache.get(name);
    if (done !== undefined) return done ?? undefined;
    const services = loaded.root.entries.get('services');
    const svc = services?.kind === 'map' ? services.entries.get(name) : undefined;
    if (svc?.kind !== 'map') return undefined;
    const ext = svc.entries.get('extends');
    if (!ext) {
      cache.set(name, svc);
      return svc;
    }
    const key = `${loaded.uri}#${name}`;
    const own = new Map(svc.entries);
    own.delete('extends');
    const withoutExtends = mapNode(svc, own);
    const fail = (message: string, node: CNode) => {
      this.report('compose-extends', 'error', message, node.file, node.range);
      cache.set(name, withoutExtends);
      return withoutExtends;
    };
    if (stack.includes(key)) return fail(`service ${name} extends itself (${[...stack, key].join(' → ')})`, ext);
    const baseName = text(ext.kind === 'map' ? ext.entries.get('service') : undefined);
    if (!baseName) return fail(`service ${name}: extends needs a service name`, ext);
    const fileNode = ext.kind === 'map' ? ext.entries.get('file') : undefined;
    let from = loaded;
    if (fileNode) {
      const rel = text(fileNode) ?? '';
      const path = isAbsolute(rel) ? rel : join(dirname(loaded.uri), rel);
      const other = this.load(path);
      if (!other) return fail(`service ${name} extends ${baseName} from ${rel}, which cannot be read`, fileNode);
      from = other;
    }
    const base = this.#resolve(from, baseName, [...stack, key]);
    if (!base) {
      return fail(
        `service ${name} extends ${baseName}, which is not defined in ${from.uri}`,
        (ext.kind === 'map' ? ext.entries.get('service') : undefined) ?? ext,
      );
    }
    const merged = mergeNodes(base, withoutExtends, []) as CMap;
    // The result is this service: reported at its own key, whatever it inherited.
    const result: CMap = { ...merged, file: svc.file, range: svc.range, keyRange: svc.keyRange };
    cache.set(name, result);
    return result;
  }
}
