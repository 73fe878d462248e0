// The audit of a run of files: discovery here, then reading, parsing and the rules where pool/schedule.ts puts them
// (worker threads, or this thread with one worker). This module loads only what the run's inputs need: a run of
// Dockerfiles never loads the YAML parser, the manifest rules or the image reader.
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareDiagnostics } from '../core/diagnostics.js';
import { discoverInputs, kindFromContent, sniffBinary } from '../sources/discover.js';
import type { AuditRequest, AuditResult } from './audit.js';
import type { KubeletPlan } from './kubelet/audit.js';
import type { PoolTask } from './pool/schedule.js';
import type { InputKind } from './rule.js';

/**
 * Discovers, parses and audits every input. A bad input becomes a diagnostic and the run goes on with the others;
 * the order of the result is deterministic (inputs in discovery order, findings by position), whatever the number
 * of workers. Discovery happens here; reading, parsing and the rules run in worker threads (pool/schedule.ts), except
 * for image archives (streamed here) and the few files audited in groups (kubelet, daemon).
 */
export async function audit(request: AuditRequest): Promise<AuditResult> {
  const onDisk = (p: string) => (request.cwd ? resolve(request.cwd, p) : p);
  const options = request.options ?? {};
  const result: AuditResult = { findings: [], checks: [], diagnostics: [], inputs: [] };
  const paths = request.paths.filter((p) => p !== '-');
  /** The result of each input (or group of inputs audited together), by its place in the run. */
  const slots: (AuditResult | undefined)[] = [];
  if (request.paths.includes('-')) {
    const text = request.stdin ?? '';
    const kind = kindFromContent(text);
    if (kind) slots.push((await import('./audit.js')).auditText(text, '-', kind, options));
    else
      result.diagnostics.push({
        code: 'unknown-input',
        severity: 'error',
        message: '-: standard input is not a recognised input (Dockerfile)',
        location: at('-'),
      });
  }
  const { inputs, unreadable, unknown } = await discoverInputs(paths, onDisk);
  for (const u of unreadable) {
    result.diagnostics.push({
      code: u.error.code === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
      severity: 'error',
      message: u.error.code === 'ENOENT' ? `${u.path}: no such file or directory` : `${u.path}: ${u.error.message}`,
      location: at(u.path),
    });
  }
  const explicit = await Promise.all(
    unknown.map(async (path) => {
      try {
        const binary = await sniffBinary(onDisk(path));
        if (binary) return { path, kind: binary };
        const text = await readFile(onDisk(path), 'utf8');
        return { path, kind: kindFromContent(text) };
      } catch {
        return { path, kind: undefined };
      }
    }),
  );
  for (const e of explicit) {
    if (e.kind) inputs.push({ path: e.path, kind: e.kind });
    else
      result.diagnostics.push({
        code: 'unknown-input',
        severity: 'error',
        message: `${e.path}: not a recognised input (Dockerfile)`,
        location: at(e.path),
      });
  }
  // Kubelet and daemon files are few and audited in groups: read here. The others are read where they are audited.
  const texts = new Map<string, string>();
  const readHere = async (path: string): Promise<string | undefined> => {
    try {
      return await readFile(onDisk(path), 'utf8');
    } catch (err) {
      result.diagnostics.push({
        code: 'file-unreadable',
        severity: 'error',
        message: `${path}: ${(err as Error).message}`,
        location: at(path),
      });
      return undefined;
    }
  };
  for (const input of inputs) {
    if (input.kind === 'image' || POOLED.has(input.kind)) continue;
    const text = await readHere(input.path);
    if (text !== undefined) texts.set(input.path, text);
  }
  const kubelet: KubeletPlan = inputs.some((i) => i.kind === 'kubelet' || i.kind === 'kubelet-flags')
    ? (await import('./kubelet/audit.js')).planKubeletAudits(inputs, texts)
    : new Map();
  const compose = inputs.some((i) => i.kind === 'compose') ? await import('../sources/compose/index.js') : undefined;
  const tasks: PoolTask[] = [];
  /** Inputs audited in this thread, with their slot. */
  const here: { slot: number; run: () => Promise<AuditResult | undefined> }[] = [];
  // An override file next to its main file is part of the main file's project, as `docker compose up` reads it.
  const exists = (p: string) => texts.has(p) || readable(onDisk(p));
  const composeInputs = new Set(inputs.filter((i) => i.kind === 'compose').map((i) => i.path));
  let daemonSlot = false;
  for (const input of inputs) {
    const slot = slots.length;
    if (input.kind === 'compose') {
      const main = compose?.composeMainFor(input.path, exists);
      if (main && composeInputs.has(main)) continue;
      tasks.push({ type: 'compose', index: slot, files: compose?.composeProjectFiles(input.path, exists) ?? [] });
    } else if (input.kind === 'dockerfile' || input.kind === 'kubernetes' || input.kind === 'engine') {
      tasks.push({ type: 'file', index: slot, path: input.path, kind: input.kind });
    } else if (input.kind === 'daemon') {
      // daemon.json and the files holding dockerd's command line describe one daemon: audited together, once.
      if (daemonSlot) continue;
      daemonSlot = true;
      const files = inputs.flatMap((i) => {
        const text = i.kind === 'daemon' ? texts.get(i.path) : undefined;
        return text === undefined ? [] : [{ text, target: i.path }];
      });
      here.push({ slot, run: async () => (await import('./daemon/audit.js')).auditDaemonFiles(files, options) });
    } else if (input.kind === 'image') {
      // Streamed, never read whole: image archives are large.
      const found = !request.paths.includes(input.path);
      here.push({
        slot,
        run: async () =>
          (await import('./image/audit.js')).auditImageFile(
            onDisk(input.path),
            input.path,
            options,
            request.imageLimits,
            found,
          ),
      });
    } else {
      const text = texts.get(input.path);
      if (text === undefined) continue;
      here.push({
        slot,
        run: async () => (await import('./audit.js')).auditText(text, input.path, input.kind, options, { kubelet }),
      });
    }
    slots.push(undefined);
  }
  const total = tasks.length + here.length;
  let done = 0;
  request.onProgress?.(0, total);
  const progress = () => {
    done++;
    if (done < total) request.onProgress?.(done, total);
  };
  for (const h of here) {
    slots[h.slot] = await h.run();
    progress();
  }
  if (tasks.length > 0) {
    const { defaultWorkers, runTasks } = await import('./pool/schedule.js');
    const workers = Math.max(1, Math.floor(request.workers ?? defaultWorkers(tasks.length)));
    await runTasks(tasks, { cwd: request.cwd, options, workers }, (index, r) => {
      slots[index] = r;
      progress();
    });
  }
  if (total > 0) request.onProgress?.(total, total);
  const strings = new Map<string, string>();
  for (const r of slots) if (r) mergeInto(result, r, strings);
  result.diagnostics.sort(compareDiagnostics);
  return result;
}

/** Kinds read, parsed and audited by the pool (pool/schedule.ts). */
const POOLED: ReadonlySet<InputKind> = new Set(['dockerfile', 'kubernetes', 'engine', 'compose']);

/**
 * Appends one input's result. A result that crossed threads carries its own copy of every string (the target, on
 * each of its checks): the merge keeps one of each.
 */
function mergeInto(result: AuditResult, r: AuditResult, strings: Map<string, string>): void {
  const one = (s: string) => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  for (const f of r.findings) {
    f.target = one(f.target);
    if (f.location) f.location.uri = one(f.location.uri);
    result.findings.push(f);
  }
  // The checks of one input name one target, mostly: looked up once, not once per check.
  let raw: string | undefined;
  let kept = '';
  for (const c of r.checks) {
    if (c.target !== raw) {
      raw = c.target;
      kept = one(raw);
    }
    c.target = kept;
    c.ruleId = one(c.ruleId);
    result.checks.push(c);
  }
  result.diagnostics.push(...r.diagnostics);
  result.inputs.push(...r.inputs);
}

function readable(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function at(uri: string) {
  return { uri, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}
