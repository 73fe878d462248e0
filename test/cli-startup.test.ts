import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The modules a file loads when it is imported: value imports only (`import type` is erased by tsc). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?'([^']+)';/gms)) {
    if (m[1]) continue;
    out.push(m[2] as string);
  }
  return out;
}

function loadedAtStart(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(root, f)).sort(), packages: [...packages].sort() };
}

describe('start-up', () => {
  it('loads only commander and small modules before a command runs (--version, --help)', () => {
    const { files, packages } = loadedAtStart(join(root, 'src/cli/main.ts'));
    expect(packages).toEqual(['commander']);
    // The model loader, rules, catalogue, threat rules and reporters pull in zod, yaml and hundreds of modules.
    expect(
      files.filter((f) => /^src\/(model\/(load|schema)|rules|catalogue|stride|link|sources|report)\b/.test(f)),
    ).toEqual([]);
    expect(files).toContain('src/model/files.ts');
  });
});
