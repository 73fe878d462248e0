import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/cli/formats.js';
import { cli } from './cli-harness.js';

const EXAMPLES = ['webapp', 'docker', 'kubernetes'] as const;
const COMMANDS = ['threats', 'check', 'audit'] as const;

// Baselines, diffs and code-scanning alerts rely on it: the same input gives the same bytes, in every format.
describe('byte-identical output across runs', () => {
  for (const command of COMMANDS) {
    for (const format of FORMATS) {
      it.each(EXAMPLES)(`${command} --format ${format} examples/%s`, async (name) => {
        const args = [command, `examples/${name}`, '--format', format, '--config', 'none'];
        const a = await cli(args);
        const b = await cli(args);
        expect(a.stderr).toBe('');
        expect(a.code).toBe(0);
        expect(a.stdout.length).toBeGreaterThan(0);
        expect(b.stdout).toBe(a.stdout);
        // the HTML of a model embeds its data-flow diagram, rendered by the CLI
        if (format === 'html' && command !== 'audit') expect(a.stdout).toMatch(/<svg[\s>]/);
      });
    }
  }
});
