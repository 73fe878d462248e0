import { describe, expect, it } from 'vitest';
import { parseDockerdArgs } from './flags.js';

const parse = (line: string) =>
  parseDockerdArgs(
    line
      .split(' ')
      .filter(Boolean)
      .map((text) => ({ text })),
  );

describe('parseDockerdArgs (pflag semantics)', () => {
  it('keeps the last occurrence of a single-valued flag and every occurrence of a list flag', () => {
    const f = parse(
      '--log-level=debug -H fd:// --log-level info -H tcp://0.0.0.0:2376 --insecure-registry=a --insecure-registry b',
    );
    expect(f.get('log-level')?.value).toBe('info');
    expect(f.list('host').map((x) => x.value)).toEqual(['fd://', 'tcp://0.0.0.0:2376']);
    expect(f.list('insecure-registry').map((x) => x.value)).toEqual(['a', 'b']);
    expect(f.problems).toEqual([]);
  });

  it('never gives a boolean flag the next argument: `--icc false` is icc=true and a stray argument', () => {
    const f = parse('--icc false');
    expect(f.get('icc')?.value).toBe('true');
    expect(f.problems.map((p) => p.message)).toEqual(['dockerd takes no arguments, but "false" is one']);
  });

  it('gives a non-boolean flag the next argument whatever it looks like', () => {
    expect(parse('--data-root -D').get('data-root')?.value).toBe('-D');
  });

  it('reads shorthands: -H value, -Hvalue, -H=value, grouped booleans and a value at the end of a group', () => {
    const f = parse('-H unix:///a.sock -Hunix:///b.sock -H=unix:///c.sock -Dl warn');
    expect(f.list('host').map((x) => x.value)).toEqual(['unix:///a.sock', 'unix:///b.sock', 'unix:///c.sock']);
    expect(f.get('debug')?.value).toBe('true');
    expect(f.get('log-level')?.value).toBe('warn');
    expect(f.get('log-level')?.text).toBe('-Dl warn');
  });

  it('reports unknown flags and a flag that lacks its value', () => {
    const f = parse('--no-such-flag=1 -Z --data-root');
    expect(f.problems.map((p) => p.message)).toEqual([
      'unknown flag: --no-such-flag',
      "unknown shorthand flag: 'Z' in -Z",
      'flag needs an argument: --data-root',
    ]);
  });

  it('does not read a one-letter long flag as a shorthand (--H is unknown to pflag)', () => {
    const f = parse('--H tcp://0.0.0.0:2375');
    expect(f.list('host')).toEqual([]);
    expect(f.problems[0]?.message).toBe('unknown flag: --H');
  });
});
