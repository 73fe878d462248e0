import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, run } from '../src/cli/main.js';

// The CLI run in-process, as the tests drive it: output captured, no colour, stdin given as text.

/** The repository's root: the default working directory, where examples/ and the fixtures live. */
export const ROOT = join(import.meta.dirname, '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A copy of examples/<name> in a fresh temporary directory, as `<dir>/<name>`, for a test that changes files. */
export function copyExample(name: string, prefix = 'sb-example-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'examples', name), join(dir, name), { recursive: true });
  return dir;
}

/** Runs `stridebench <args>` in `cwd` with `stdin` as standard input; `io` overrides the rest of the CLI's I/O. */
export async function cli(
  args: readonly string[],
  cwd = ROOT,
  { stdin = '', ...io }: Partial<CliIo> & { stdin?: string } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    readStdin: async () => stdin,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    color: false,
    cwd,
    ...io,
  });
  return { code, stdout, stderr };
}
