// A run of Dockerfiles loads the Dockerfile parser and rules, and nothing of the other kinds: the one-file audit's
// start-up depends on it. The modules such a run imports are its entry points (the audit, the scheduler, the
// Dockerfile audit it imports on first use) and everything they import statically.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function loaded(entries: readonly string[]): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    // Value imports and re-exports only: `import type` is erased, `await import()` is not a static import.
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?'([^']+)';/gms)) {
      const spec = m[2] as string;
      if (m[1] || spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  for (const e of entries) visit(join(root, e));
  return { files: [...files].map((f) => relative(root, f)).sort(), packages: [...packages].sort() };
}

describe('lazy loading of the audit', () => {
  it('loads only the Dockerfile parser and rules for a run of Dockerfiles', () => {
    const { files, packages } = loaded([
      'src/rules/audit-run.ts',
      'src/rules/pool/schedule.ts',
      'src/rules/pool/tasks.ts',
      'src/rules/dockerfile/audit.ts',
    ]);
    expect(packages).toEqual([]);
    expect(
      files.filter((f) =>
        /^src\/(sources\/(kubernetes|compose|yaml|image|engine|cluster)\/|rules\/(index\.ts|audit\.ts|(kubernetes|runtime|compose|controlplane|kubelet|image|engine|daemon|host)\/))/.test(
          f,
        ),
      ),
    ).toEqual([]);
    expect(files).toContain('src/rules/dockerfile/index.ts');
  });
});
