import type { Diagnostic } from '../../core/diagnostics.js';
import { SourceFile, type SourceNode } from '../../core/location.js';
import { findSuppressions, type Suppression } from '../../rules/suppress.js';
import type { Arg } from '../controlplane/flags.js';
import { splitWords, type Word } from '../controlplane/words.js';
import { logicalLines } from '../logical-lines.js';

/**
 * A file that gives the kubelet its command line: a systemd unit or drop-in (`10-kubeadm.conf`, with `Environment=`
 * and `ExecStart=`), or an environment file (`/var/lib/kubelet/kubeadm-flags.env`, `/etc/default/kubelet`) whose
 * `KUBELET_*ARGS` variables the unit expands.
 */
export interface KubeletFlagsFile {
  file: SourceFile;
  /** Variables in definition order, each split into arguments with their nodes. */
  variables: Map<string, { args: Arg[]; node: SourceNode }>;
  /** The kubelet's `ExecStart=`: literal arguments and `$VAR` references, in order. */
  execStart?: { parts: ({ arg: Arg } | { variable: string })[]; node: SourceNode };
  /** `EnvironmentFile=` paths, in order (a leading `-` removed). */
  environmentFiles: string[];
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/;
const DIRECTIVE = /^\s*(Environment|EnvironmentFile|ExecStart)\s*=\s*/;

export function parseKubeletFlagsFile(text: string, uri: string): KubeletFlagsFile {
  const file = new SourceFile(uri, text);
  const variables = new Map<string, { args: Arg[]; node: SourceNode }>();
  const environmentFiles: string[] = [];
  let execStart: KubeletFlagsFile['execStart'];
  const lines = logicalLines(text);
  for (const { line, start } of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';') || trimmed.startsWith('[')) continue;
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const valueStart = start + directive[0].length;
      const value = line.slice(directive[0].length);
      const keyNode: SourceNode = { file, range: [start + line.indexOf(directive[1] as string), valueStart - 1] };
      if (directive[1] === 'EnvironmentFile') {
        environmentFiles.push(value.trim().replace(/^-/, ''));
      } else if (directive[1] === 'Environment') {
        // Environment="A=x y" B=z: each word is one assignment.
        for (const w of splitWords(value, valueStart)) {
          const eq = w.text.indexOf('=');
          if (eq <= 0) continue;
          const name = w.text.slice(0, eq);
          variables.set(name, { args: valueArgs(file, w, eq + 1), node: { file, range: w.range } });
        }
      } else {
        const words = splitWords(
          value.replace(/^[-@+!:]+/, (p) => ' '.repeat(p.length)),
          valueStart,
        );
        if (words.length === 0)
          execStart = undefined; // `ExecStart=` resets the unit's command
        else if (/(^|\/)kubelet$/.test(words[0]?.text ?? '')) {
          execStart = {
            node: keyNode,
            parts: words.slice(1).map((w) => {
              const ref = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(w.text);
              return ref ? { variable: ref[1] as string } : { arg: { text: w.text, node: { file, range: w.range } } };
            }),
          };
        }
      }
      continue;
    }
    const assignment = ASSIGNMENT.exec(line);
    if (assignment) {
      const valueStart = start + assignment[0].length;
      const words = splitWords(line.slice(assignment[0].length), valueStart);
      const args = words.flatMap((w) => valueArgs(file, w, 0));
      const nameStart = start + line.indexOf(assignment[1] as string);
      variables.set(assignment[1] as string, {
        args,
        node: { file, range: [nameStart, nameStart + (assignment[1] as string).length] },
      });
    }
  }
  // `# stridebench:ignore` covers the (logical) line after it, or the line it trails.
  const suppressions = findSuppressions(text, uri, (line) => {
    const l = lines.find((x) => file.location([x.start, x.start]).startLine - 1 === line);
    return l ? [l.start, l.start + l.line.length] : undefined;
  });
  return { file, variables, execStart, environmentFiles, diagnostics: [], suppressions };
}

/**
 * The arguments in one shell word (`"--a=b --c=d"` holds two): the word's text from `skip` on is split on blanks
 * again, as systemd and the shell do when the variable is expanded unquoted. Offsets map onto the source when the
 * word is written without escapes; otherwise each argument points at the whole word.
 */
function valueArgs(file: SourceFile, w: Word, skip: number): Arg[] {
  const raw = file.text.slice(w.range[0], w.range[1]);
  const unquoted = /^(["']).*\1$/s.test(raw) ? raw.slice(1, -1) : raw;
  const value = w.text.slice(skip);
  if (unquoted === w.text) {
    const base = w.range[0] + (unquoted === raw ? 0 : 1) + skip;
    return splitWords(value, base).map((v) => ({ text: v.text, node: { file, range: v.range } }));
  }
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, node: { file, range: w.range } }));
}

/**
 * The kubelet's arguments from one or more of these files: the unit's `ExecStart=` with its variables expanded
 * (variables from `EnvironmentFile=`s override `Environment=`, as in systemd), or, without one, every `*ARGS`
 * variable in the order the files define them. Variables no file defines are returned as `unresolved`.
 */
export function kubeletArgs(files: readonly KubeletFlagsFile[]): {
  args: Arg[];
  unresolved: string[];
  node: SourceNode | undefined;
} {
  const unit = files.find((f) => f.execStart);
  const variables = new Map<string, { args: Arg[]; node: SourceNode }>();
  for (const f of unit ? [unit, ...files.filter((x) => x !== unit)] : files)
    for (const [name, v] of f.variables) variables.set(name, v);
  if (unit?.execStart) {
    const args: Arg[] = [];
    const unresolved: string[] = [];
    for (const part of unit.execStart.parts) {
      if ('arg' in part) args.push(part.arg);
      else {
        const v = variables.get(part.variable);
        if (v) args.push(...v.args);
        else unresolved.push(part.variable);
      }
    }
    return { args, unresolved, node: unit.execStart.node };
  }
  const args: Arg[] = [];
  let node: SourceNode | undefined;
  for (const [name, v] of variables) {
    if (!/ARGS$/.test(name)) continue;
    args.push(...v.args);
    node ??= v.node;
  }
  return { args, unresolved: [], node };
}
