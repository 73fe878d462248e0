import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../core/location.js';
import { type Arg, featureGate, listValue, parseBool, parseFlags } from './flags.js';
import { splitWords } from './words.js';

/** Arguments as a YAML list would give them, each at its own offset of one line of text. */
function args(...texts: string[]): Arg[] {
  const file = new SourceFile('test', texts.join(' '));
  let offset = 0;
  return texts.map((text) => {
    const node = { file, range: [offset, offset + text.length] as const };
    offset += text.length + 1;
    return { text, node };
  });
}

describe('parseFlags', () => {
  it('reads --flag=value, --flag value and bare flags', () => {
    const flags = parseFlags(args('--a=1', '--b', '2', '--profiling', '--c', '--d=', '-name', 'etcd0'));
    expect(flags.all.map((f) => [f.name, f.value, f.text])).toEqual([
      ['a', '1', '--a=1'],
      ['b', '2', '--b 2'],
      ['profiling', 'true', '--profiling'],
      ['c', '', '--c'],
      ['d', '', '--d='],
      ['name', 'etcd0', '-name etcd0'],
    ]);
    // a flag and its separate value span both arguments
    expect(flags.get('b')?.node.range).toEqual([6, 11]);
  });

  it('never gives a boolean flag the next argument, as pflag does', () => {
    const flags = parseFlags(args('--anonymous-auth', 'false'));
    expect(flags.get('anonymous-auth')?.value).toBe('true');
  });

  it('keeps the last occurrence, and every occurrence in order', () => {
    const flags = parseFlags(args('--x=1', '--y=2', '--x=3'));
    expect(flags.get('x')?.value).toBe('3');
    expect(flags.all.map((f) => f.value)).toEqual(['1', '2', '3']);
  });

  it('stops at --', () => {
    expect(parseFlags(args('--a=1', '--', '--b=2')).get('b')).toBeUndefined();
  });

  it('reads values with = and spaces inside', () => {
    expect(parseFlags(args('--feature-gates=A=true,B=false')).get('feature-gates')?.value).toBe('A=true,B=false');
  });
});

describe('flag values', () => {
  it('parses booleans as strconv.ParseBool does', () => {
    expect(['1', 't', 'TRUE', 'True', 'true'].map(parseBool)).toEqual([true, true, true, true, true]);
    expect(['0', 'f', 'FALSE', 'False', 'false'].map(parseBool)).toEqual([false, false, false, false, false]);
    expect([undefined, 'yes', ''].map(parseBool)).toEqual([undefined, undefined, undefined]);
  });

  it('splits lists', () => {
    expect(listValue(' Node, RBAC ,,')).toEqual(['Node', 'RBAC']);
    expect(listValue(undefined)).toEqual([]);
  });

  it('merges repeated --feature-gates, later entries winning', () => {
    const flags = parseFlags(
      args('--feature-gates=A=false,B=true', '--feature-gates=C=true', '--feature-gates=B=false'),
    );
    expect(featureGate(flags, 'A')?.value).toBe(false);
    expect(featureGate(flags, 'B')?.value).toBe(false);
    expect(featureGate(flags, 'B')?.flag.text).toBe('--feature-gates=B=false');
    expect(featureGate(flags, 'D')).toBeUndefined();
  });
});

describe('splitWords', () => {
  it('splits on blanks, groups quotes, removes escapes and keeps offsets as written', () => {
    const text = `exec kube-apiserver --a="x y" --b='$HOME' c\\ d`;
    expect(splitWords(text).map((w) => [w.text, text.slice(w.range[0], w.range[1])])).toEqual([
      ['exec', 'exec'],
      ['kube-apiserver', 'kube-apiserver'],
      ['--a=x y', '--a="x y"'],
      ['--b=$HOME', "--b='$HOME'"],
      ['c d', 'c\\ d'],
    ]);
  });

  it('stops at the first control operator and joins continued lines', () => {
    expect(splitWords('etcd --a=1 \\\n  --b=2 && echo done; rm -rf /').map((w) => w.text)).toEqual([
      'etcd',
      '--a=1',
      '--b=2',
    ]);
    expect(splitWords('etcd --a=1\netcdctl get /').map((w) => w.text)).toEqual(['etcd', '--a=1']);
  });

  it('adds a base offset', () => {
    expect(splitWords('a b', 10).map((w) => w.range)).toEqual([
      [10, 11],
      [12, 13],
    ]);
  });
});
