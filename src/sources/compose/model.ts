import type { Diagnostic } from '../../core/diagnostics.js';
import type { SourceFile, SourceNode } from '../../core/location.js';
import type { Suppression } from '../../rules/suppress.js';
import type { ContainerRuntime } from '../runtime.js';
import type { YamlPath } from '../yaml/index.js';
import type { CMap, CNode } from './tree.js';

/** How the loader reaches other files (override files, `extends: file:`, `.env`). `undefined`: cannot be read. */
export interface ComposeHost {
  readFile(path: string): string | undefined;
  /** `false` when only the given text exists (stdin): other files it names are not reported as missing. */
  readsFiles?: boolean;
}

export interface ComposeService {
  name: string;
  /** The service's key in the first file that defines it: where a missing setting is reported. */
  node: SourceNode;
  /**
   * The service after override files and `extends`, as plain data: interpolated, with `build`/`extends` as mappings
   * and list-form `environment`/`labels`/`networks`/`depends_on` as mappings (`- KEY` alone maps to null).
   */
  value: Record<string, unknown>;
  /** The same, with every node pointing at the file and offsets it was written at. */
  tree: CMap;
  /** `profiles`; a service with profiles only runs when one is enabled, but every service is audited. */
  profiles: string[];
  /** The node at a path inside the service (`['deploy', 'resources']`); missing paths resolve to the nearest parent. */
  at(path: YamlPath, prefer?: 'key' | 'value'): SourceNode;
  runtime: ContainerRuntime;
}

/** A top-level `secrets` / `configs` / `volumes` / `networks` entry. */
export interface ComposeResource {
  name: string;
  node: SourceNode;
  value: unknown;
  tree: CNode;
}

export interface ComposeDoc {
  kind: 'compose';
  /** The main file, as the user named it. */
  target: string;
  /** The project directory: the main file's directory, against which relative paths resolve. */
  projectDir: string;
  /** Every file the project was read from: the main file, its override, `extends`, `include` and `env_file` files. */
  files: SourceFile[];
  services: ComposeService[];
  networks: ComposeResource[];
  volumes: ComposeResource[];
  secrets: ComposeResource[];
  configs: ComposeResource[];
  /** The whole merged project. */
  tree: CMap;
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
}
