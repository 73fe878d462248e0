import { mkdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { hasErrors } from '../core/diagnostics.js';
import { inferModel, inferredCounts, RECORD_FILE, writeInferredModel } from '../model/infer/index.js';
import { loadModel, MODEL_FILE_NAMES } from '../model/load.js';
import { renderDiagnosticsText } from '../report/text.js';
import { ExitError, PACKAGE_ROOT, writeFileAtomic } from './io.js';

interface Io {
  readStdin: () => Promise<string>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
  cwd: string;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * `init --from`: infers a model and writes it, or updates the model already in `dir` (the user's edits kept), with
 * the record of what was inferred beside it. Input problems are printed and exit 2 once the model is written.
 */
export async function initFrom(
  io: Io,
  dir: string,
  opts: { from: string; force?: boolean },
  exit: { usage: number },
): Promise<void> {
  const modelDir = resolve(io.cwd, dir);
  const stdin = opts.from === '-' ? await io.readStdin() : undefined;
  const { model, diagnostics } = await inferModel({ from: opts.from, stdin, cwd: io.cwd, modelDir: dir });
  if (diagnostics.length > 0) io.stderr(`${renderDiagnosticsText(diagnostics, { color: io.color })}\n`);
  if (!model) throw new ExitError('', exit.usage);

  let target = join(modelDir, MODEL_FILE_NAMES[0] as string);
  let existing: { text: string; record?: string } | undefined;
  if (!opts.force) {
    for (const name of MODEL_FILE_NAMES) {
      const text = await readIfExists(join(modelDir, name));
      if (text === undefined) continue;
      target = join(modelDir, name);
      existing = { text, record: await readIfExists(join(modelDir, RECORD_FILE)) };
      break;
    }
  }
  const schema = relative(modelDir, join(PACKAGE_ROOT, 'schema', 'threat-model.schema.json'))
    .split('\\')
    .join('/');
  const written = writeInferredModel(model, existing, { schema });
  const shown = relative(io.cwd, target) || target;
  if (written.errors.length > 0) {
    throw new ExitError(
      `${shown}: cannot update a model that is not valid YAML (${written.errors.join('; ')}); fix it, or use --force to infer it afresh`,
      exit.usage,
    );
  }
  await mkdir(modelDir, { recursive: true });
  await writeFileAtomic(target, written.text);
  await writeFileAtomic(join(modelDir, RECORD_FILE), written.record);

  const n = inferredCounts(model);
  const lines = [
    `${existing ? 'updated' : 'wrote'} ${shown} from ${opts.from === '-' ? 'standard input' : opts.from}: ${n.components} components, ${n.flows} flows, ${n.boundaries} boundaries, ${n.assets} assets inferred`,
  ];
  const c = written.changes;
  if (c) {
    const list = (label: string, items: string[]) => {
      if (items.length > 0) lines.push(`  ${label}: ${items.join(', ')}`);
    };
    list('added', c.added);
    list('updated', c.updated);
    list('no longer in the input, kept with a note', c.removed);
    list('deleted by you, not added again', c.skipped);
    for (const k of c.conflicts) {
      lines.push(
        `  kept your ${k.element}.${k.field}: ${JSON.stringify(k.yours)} (the input now says ${JSON.stringify(k.inferred)})`,
      );
    }
    if (c.added.length + c.updated.length + c.removed.length === 0) lines.push('  no changes from the input');
  }
  io.stdout(`${lines.join('\n')}\n`);

  // What was written must load: a problem here is the user's (kept) edit or a bug, and is shown either way.
  const loaded = loadModel(written.text, relative(io.cwd, target) || target);
  const problems = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (problems.length > 0) io.stderr(`${renderDiagnosticsText(problems, { color: io.color })}\n`);
  if (hasErrors(diagnostics) || problems.length > 0) throw new ExitError('', exit.usage);
}
