import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { type CheckReport, checkModel } from '../link/check.js';
import { isOpenStatus } from '../link/status.js';
import { loadModel } from '../model/load.js';
import type { ResolvedModel } from '../model/model.js';
import { renderDiagramSvg } from '../report/diagram/index.js';
import { analyzeModel } from '../stride/report.js';
import { applyDecision, type DecisionEdit } from './decisions.js';
import { replaceFileAtomic } from './save.js';
import { type FileWatcher, watchFiles } from './watch.js';

/** Everything the page shows, for one version of the model and one state of its artifacts. */
export interface WebState {
  /** The model file as the user named it, relative to the working directory. */
  file: string;
  text: string;
  /** sha256 of the text: the base a save or a decision must name. */
  version: string;
  /** The loader's and the check's diagnostics; the editor marks those whose uri is `file`. */
  diagnostics: Diagnostic[];
  report?: CheckReport;
  diagram?: { svg: string } | { error: string };
  /** Linked artifacts being watched, relative to the working directory. */
  artifacts: string[];
  /**
   * For each boundary, the elements inside it, nested boundaries included: its components, and the flows with an
   * end among them. Selecting a boundary in the diagram shows their threats.
   */
  inBoundary?: Record<string, string[]>;
}

/** `component:<id>` and `flow:<id>` keys of the elements in each boundary (see WebState.inBoundary). */
export function boundaryMembers(model: ResolvedModel): Record<string, string[]> {
  const members: Record<string, Set<string>> = {};
  for (const b of model.boundaries) members[b.id] = new Set();
  const add = (c: ResolvedModel['components'][number], key: string) => {
    for (const b of c.boundaryChain) members[b.id]?.add(key);
  };
  for (const c of model.components) add(c, `component:${c.id}`);
  for (const f of model.flows) {
    add(f.from, `flow:${f.id}`);
    add(f.to, `flow:${f.id}`);
  }
  return Object.fromEntries(Object.entries(members).map(([id, set]) => [id, [...set].sort()]));
}

export type SaveOutcome =
  | { ok: true; version: string }
  | { ok: false; conflict: true; version: string }
  | { ok: false; conflict: false; error: string };

export function versionOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface SessionOptions {
  /** The model file, absolute. */
  file: string;
  /** The working directory that relative paths in diagnostics are shown from. */
  cwd: string;
  today?: () => string;
  watch?: { debounceMs?: number; pollMs?: number };
}

/**
 * One model file served to the page: its state computed on demand and cached per version, saves and decisions
 * serialised and refused when the file changed since the version the page had, and a change signal when the file or
 * a linked artifact changes on disk.
 */
export class ModelSession {
  readonly #file: string;
  readonly #cwd: string;
  readonly #today: () => string;
  readonly #listeners = new Set<() => void>();
  readonly #watcher: FileWatcher;
  #generation = 0;
  #cache: { key: string; state: Promise<WebState> } | undefined;
  #lock: Promise<unknown> = Promise.resolve();

  constructor(options: SessionOptions) {
    this.#file = options.file;
    this.#cwd = options.cwd;
    this.#today = options.today ?? (() => new Date().toISOString().slice(0, 10));
    this.#watcher = watchFiles(() => {
      this.#generation++;
      for (const l of this.#listeners) l();
    }, options.watch);
    this.#watcher.setPaths([this.#file]);
  }

  get uri(): string {
    const rel = relative(this.#cwd, this.#file);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : this.#file;
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async read(): Promise<{ text: string; version: string }> {
    const text = await readFile(this.#file, 'utf8');
    return { text, version: versionOf(text) };
  }

  async state(): Promise<WebState> {
    const { text, version } = await this.read();
    const key = `${version}:${this.#generation}`;
    if (this.#cache?.key !== key) {
      const state = this.#compute(text, version);
      this.#cache = { key, state };
      state.catch(() => {
        if (this.#cache?.state === state) this.#cache = undefined;
      });
    }
    return this.#cache.state;
  }

  async #compute(text: string, version: string): Promise<WebState> {
    const today = this.#today();
    const { model, diagnostics } = loadModel(text, this.uri, { today, cwd: this.#cwd });
    const state: WebState = { file: this.uri, text, version, diagnostics, artifacts: [] };
    if (!model) return state;
    this.#watchArtifacts(model);
    state.artifacts = artifactPaths(model);
    state.inBoundary = boundaryMembers(model);
    const report = await checkModel(model, { cwd: this.#cwd, today });
    state.report = report;
    state.diagnostics = [...diagnostics, ...report.diagnostics];
    try {
      const svg = await renderDiagramSvg(
        model,
        report.threats.map((t) => ({ element: t.element, category: t.category, open: isOpenStatus(t.status) })),
      );
      state.diagram = { svg };
    } catch (err) {
      state.diagram = { error: `the diagram could not be drawn: ${(err as Error).message}` };
    }
    return state;
  }

  #watchArtifacts(model: ResolvedModel): void {
    this.#watcher.setPaths([this.#file, ...artifactPaths(model).map((p) => resolve(this.#cwd, p))]);
  }

  /** The loader's diagnostics of a text being edited: what the editor marks while the user types. */
  diagnose(text: string): Diagnostic[] {
    return loadModel(text, this.uri, { today: this.#today(), cwd: this.#cwd }).diagnostics;
  }

  /** Saves the editor's text if the file is still at `base`. */
  save(text: string, base: string): Promise<SaveOutcome> {
    return this.#exclusive(async () => {
      const current = await this.read();
      if (current.version !== base) return { ok: false, conflict: true, version: current.version };
      await replaceFileAtomic(this.#file, text);
      return { ok: true, version: versionOf(text) };
    });
  }

  /** Records a decision in the file if it is still at `base` and names a threat the model has. */
  decide(edit: DecisionEdit, base: string): Promise<SaveOutcome> {
    return this.#exclusive(async (): Promise<SaveOutcome> => {
      const current = await this.read();
      if (current.version !== base) return { ok: false, conflict: true, version: current.version };
      const { model } = loadModel(current.text, this.uri, { today: this.#today(), cwd: this.#cwd });
      if (!model) return { ok: false, conflict: false, error: 'the model has errors; fix them before deciding' };
      const threats = analyzeModel(model, { today: this.#today() }).threats;
      if (!threats.some((t) => t.id === edit.threatId))
        return { ok: false, conflict: false, error: `the model has no threat "${edit.threatId}"` };
      const result = applyDecision(current.text, edit);
      if ('error' in result) return { ok: false, conflict: false, error: result.error };
      await replaceFileAtomic(this.#file, result.text);
      return { ok: true, version: versionOf(result.text) };
    });
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(task, task);
    this.#lock = run.catch(() => {});
    return run;
  }

  close(): void {
    this.#watcher.close();
    this.#listeners.clear();
  }
}

function artifactPaths(model: ResolvedModel): string[] {
  return [...new Set(model.components.flatMap((c) => c.sources.map((s) => s.resolvedPath)))].sort();
}
