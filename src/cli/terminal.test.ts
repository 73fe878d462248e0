import { describe, expect, it } from 'vitest';
import { colorEnabled, progressBar } from './terminal.js';

describe('colorEnabled', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ TERM: 'dumb' }, true, false],
  ] as const)('%j on a TTY=%s: %s', (env, tty, expected) => {
    expect(colorEnabled(env, tty)).toBe(expected);
  });
});

describe('progressBar', () => {
  it('writes nothing when standard error is not a terminal', () => {
    const out: string[] = [];
    const p = progressBar((s) => out.push(s), { enabled: false, delayMs: 0 });
    p.update(1, 2);
    p.end();
    expect(out).toEqual([]);
  });

  it('stays silent for a quick run', () => {
    const out: string[] = [];
    let t = 0;
    const p = progressBar((s) => out.push(s), { enabled: true, delayMs: 300, now: () => t });
    t = 100;
    p.update(1, 2);
    p.end();
    expect(out).toEqual([]);
  });

  it('redraws one line in place, at most every interval, and clears it at the end', () => {
    const out: string[] = [];
    let t = 0;
    const p = progressBar((s) => out.push(s), { enabled: true, delayMs: 300, intervalMs: 80, now: () => t });
    t = 400;
    p.update(120, 408);
    t = 410;
    p.update(121, 408); // within the interval: skipped
    t = 500;
    p.update(408, 408);
    p.end();
    expect(out).toEqual([
      '\r[#######-----------------] auditing 120/408 files\u001b[K',
      '\r[########################] auditing 408/408 files\u001b[K',
      '\r\u001b[K',
    ]);
  });
});
