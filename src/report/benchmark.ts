import type { CheckState } from '../core/finding.js';
import type { BenchmarkResult } from '../rules/engine/benchmark.js';

const TITLES: Record<string, string> = { 'cis-docker-1.6.0': 'CIS Docker Benchmark v1.6.0' };
const SGR: Record<CheckState, string> = { pass: '32', fail: '31', manual: '33', skipped: '2', error: '1;31' };

/** The benchmark view of an audit: one line per control, its state, and the score. */
export function renderBenchmarkText(b: BenchmarkResult, options: { color?: boolean } = {}): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const width = Math.max(4, ...b.controls.map((c) => c.section.length));
  const out = [paint('1', `${TITLES[b.framework] ?? b.framework}, Level ${b.level === 1 ? '1' : '1 and 2'}`)];
  for (const c of b.controls) {
    const state = paint(SGR[c.state], c.state.toUpperCase().padEnd(7));
    const detail =
      c.state === 'fail'
        ? ` (${c.findings} finding${c.findings === 1 ? '' : 's'}: ${c.rules.join(', ')})`
        : c.reason
          ? ` — ${c.reason}`
          : '';
    out.push(`  ${state} ${c.section.padEnd(width)} L${c.level} ${c.title}${detail}`);
  }
  const n = b.counts;
  out.push(
    `score ${b.score === null ? 'n/a' : `${b.score}%`} (pass / (pass + fail)): ${n.pass} pass, ${n.fail} fail, ${n.manual} manual, ${n.skipped} skipped, ${n.error} error`,
  );
  return out.join('\n');
}
