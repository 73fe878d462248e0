import { describe, expect, it } from 'vitest';
import { interpolate, parseDotEnv } from './interpolate.js';

const env = new Map([
  ['SET', 'value'],
  ['EMPTY', ''],
]);
const run = (s: string) => interpolate(s, env);

describe('interpolate', () => {
  it.each([
    ['${SET}', 'value'],
    ['$SET/x', 'value/x'],
    ['${SET:-d}', 'value'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${UNSET:-${SET}}', 'value'],
    ['${UNSET:-${ALSO_UNSET:-deep}}', 'deep'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['$$SET and $${SET}', '$SET and ${SET}'],
    ['no variables', 'no variables'],
  ])('%s → %s', (input, output) => {
    const r = run(input);
    expect(r.value).toBe(output);
    expect(r.problems).toEqual([]);
  });

  it('an unset variable is empty and a problem', () => {
    expect(run('a${UNSET}b')).toEqual({
      value: 'ab',
      problems: [
        {
          kind: 'unresolved',
          name: 'UNSET',
          message: "variable UNSET is not set in the project's .env; it defaults to an empty string",
        },
      ],
    });
  });

  it('required variables: `:?` fails on empty, `?` only on unset', () => {
    expect(run('${EMPTY:?needed}').problems.map((p) => p.message)).toEqual([
      'required variable EMPTY is empty in .env: needed',
    ]);
    expect(run('${EMPTY?needed}').problems).toEqual([]);
    expect(run('${UNSET?}').problems.map((p) => p.kind)).toEqual(['required']);
  });

  it('invalid templates are kept and reported', () => {
    expect(run('${').problems.map((p) => p.kind)).toEqual(['invalid']);
    expect(run('${SET/a/b}').problems.map((p) => p.kind)).toEqual(['invalid']);
    expect(run('cost: $ 5')).toMatchObject({ value: 'cost: $ 5', problems: [{ kind: 'invalid' }] });
  });
});

describe('parseDotEnv', () => {
  it('reads the .env dialect Compose reads', () => {
    const parsed = parseDotEnv(
      [
        '# a comment',
        '',
        'PLAIN=value',
        'export EXPORTED=yes',
        'SPACED = around ',
        'COMMENTED=value # a comment',
        'HASH=a#b',
        "SINGLE='literal ${PLAIN} \\n'",
        'DOUBLE="line\\nbreak ${PLAIN}"',
        'MULTI="first',
        'second"',
        'REF=${PLAIN}-x',
        'YAML_STYLE: colon',
        'EMPTY=',
        'not a variable line',
      ].join('\n'),
    );
    expect(Object.fromEntries(parsed)).toEqual({
      PLAIN: 'value',
      EXPORTED: 'yes',
      SPACED: 'around',
      COMMENTED: 'value',
      HASH: 'a#b',
      SINGLE: 'literal ${PLAIN} \\n',
      DOUBLE: 'line\nbreak value',
      MULTI: 'first\nsecond',
      REF: 'value-x',
      YAML_STYLE: 'colon',
      EMPTY: '',
    });
  });
});
