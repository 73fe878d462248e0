import { describe, expect, it } from 'vitest';
import { batched, jsonChunks } from './json-chunks.js';

const whole = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const pieces = (v: unknown, depth: number) => [...jsonChunks(v, depth)].join('');

describe('jsonChunks', () => {
  const value = {
    inputs: [
      { target: 'a\nb', kind: 'dockerfile' },
      { target: 'c', nested: { list: [1, [2, []], {}] } },
    ],
    findings: [],
    empty: {},
    skipped: undefined,
    fn: () => 1,
    checks: [{ ruleId: 'DF001', state: 'pass', message: undefined }, undefined, null, 'text "quoted"'],
    date: new Date(0),
    n: 1.5,
    flag: false,
    unicode: '\u2028 ✓ 🐳',
  };

  it.each([0, 1, 2, 3, 4, 8])('gives the bytes of JSON.stringify(value, null, 2) at depth %i', (depth) => {
    expect(pieces(value, depth)).toBe(whole(value));
  });

  it('writes top-level scalars and arrays the same way', () => {
    for (const v of [null, 3, 'x', [], [[]], [{ a: [] }]]) expect(pieces(v, 3)).toBe(whole(v));
  });

  it('streams members one by one below the top', () => {
    const many = { checks: Array.from({ length: 1000 }, (_, i) => ({ i })) };
    const chunks = [...jsonChunks(many, 2)];
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(40);
    expect(chunks.join('')).toBe(whole(many));
  });

  it('batches pieces into writes of about the given size, losing nothing', () => {
    const text = pieces({ list: Array.from({ length: 500 }, (_, i) => `item ${i}`) }, 2);
    const writes = [...batched(jsonChunks({ list: Array.from({ length: 500 }, (_, i) => `item ${i}`) }, 2), 1000)];
    expect(writes.join('')).toBe(text);
    expect(writes.slice(0, -1).every((w) => w.length >= 1000 && w.length < 1100)).toBe(true);
  });
});
