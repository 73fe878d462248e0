import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse.js';
import {
  assignmentsOf,
  effectiveCommand,
  expandVariables,
  findOptions,
  instructionText,
  keyValues,
  pipelines,
  runCommands,
  variablesAt,
} from './shell.js';

/** Each command of the Dockerfile's RUNs as its words, and the source text its range covers. */
function commands(text: string) {
  const doc = parseDockerfile(text, 'Dockerfile');
  return doc.instructions
    .filter((i) => i.keyword === 'RUN')
    .flatMap((i) => runCommands(doc, i))
    .map((c) => ({ words: c.words.map((w) => w.value), source: text.slice(c.range[0], c.range[1]), depth: c.depth }));
}

function words(text: string): string[][] {
  return commands(text).map((c) => c.words);
}

describe('instructionText', () => {
  it('drops escaped line breaks and the comment lines inside a continuation, keeping offsets', () => {
    const text = 'FROM a\nRUN apt-get update \\\n # a comment\n\n && curl -k x\n';
    const doc = parseDockerfile(text, 'Dockerfile');
    const run = doc.instructions[1];
    if (!run) throw new Error('no RUN');
    const m = instructionText(doc, run);
    expect(m.text).toBe('apt-get update  && curl -k x');
    expect(text.slice(m.offsets[m.text.indexOf('-k')], (m.offsets[m.text.indexOf('-k') + 1] ?? 0) + 1)).toBe('-k');
  });

  it('follows a backtick escape directive', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl.exe -k `\n    https://x\n';
    expect(words(text)).toEqual([['curl.exe', '-k', 'https://x']]);
    const doc = parseDockerfile(text, 'Dockerfile');
    const cmd = runCommands(doc, doc.instructions[1] as never)[0];
    expect(cmd && effectiveCommand(cmd)?.name).toBe('curl');
  });
});

describe('runCommands', () => {
  it('splits on &&, ||, ;, | and & and removes quotes', () => {
    expect(words('FROM a\nRUN a "b c" && d \'e\'f || g;h|i & j\n')).toEqual([
      ['a', 'b c'],
      ['d', 'ef'],
      ['g'],
      ['h'],
      ['i'],
      ['j'],
    ]);
  });

  it('skips comments, keeps echo strings as arguments and redirections out of the words', () => {
    expect(words('FROM a\nRUN echo "curl -k x" > /tmp/f 2>&1 # curl -k y\n')).toEqual([['echo', 'curl -k x']]);
  });

  it('strips reserved words of compound commands', () => {
    expect(words('FROM a\nRUN if [ -f x ]; then sudo rm x; fi; for f in a b; do curl $f; done\n')).toEqual([
      ['[', '-f', 'x', ']'],
      ['sudo', 'rm', 'x'],
      ['fi'],
      ['for', 'f', 'in', 'a', 'b'],
      ['curl', '$f'],
      ['done'],
    ]);
  });

  it('reads heredoc scripts, but not heredocs that are data', () => {
    expect(words('FROM a\nRUN <<EOF\nset -e\ncurl -k x\nEOF\n')).toEqual([[], ['set', '-e'], ['curl', '-k', 'x']]);
    expect(words('FROM a\nRUN cat <<EOF > /etc/x\ncurl -k x\nEOF\n')).toEqual([['cat']]);
    expect(words('FROM a\nRUN python3 <<EOF\nimport os\nEOF\n')).toEqual([['python3']]);
    expect(words('FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n')).toEqual([[]]);
    // A heredoc inside the script is data too.
    expect(words('FROM a\nRUN <<EOF\ncat > /f <<EOT\ncurl -k x\nEOT\nwget y\nEOF\n')).toEqual([
      [],
      ['cat'],
      ['wget', 'y'],
    ]);
  });

  it('reads exec form, sh -c, su -c and command substitutions, with exact ranges', () => {
    const text =
      'FROM a\nRUN ["sh", "-c", "curl -k x && echo \\"y\\""]\nRUN bash -ec "$(wget -qO- z)" && su app -c \'id\'\n';
    const cmds = commands(text);
    expect(cmds.map((c) => [c.words[0], c.depth, c.source])).toEqual([
      ['sh', 0, '"sh", "-c", "curl -k x && echo \\"y\\""'],
      ['curl', 1, 'curl -k x'],
      ['echo', 1, 'echo \\"y\\"'],
      ['bash', 0, 'bash -ec "$(wget -qO- z)"'],
      ['$(wget -qO- z)', 1, '$(wget -qO- z)'],
      ['wget', 2, 'wget -qO- z'],
      ['su', 0, "su app -c 'id'"],
      ['id', 1, 'id'],
    ]);
  });

  it('numbers pipelines', () => {
    const doc = parseDockerfile('FROM a\nRUN a | b && c | d | e; f\n', 'Dockerfile');
    const groups = pipelines(runCommands(doc, doc.instructions[1] as never));
    expect(groups.map((g) => g.map((c) => c.words[0]?.value))).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
  });

  it('treats backslashes as literal under a PowerShell SHELL', () => {
    const text = 'FROM a\nSHELL ["powershell", "-Command"]\nRUN C:\\tools\\curl.exe -k https://x\n';
    const doc = parseDockerfile(text, 'Dockerfile');
    const cmd = runCommands(doc, doc.instructions[2] as never)[0];
    expect(cmd?.words.map((w) => w.value)).toEqual(['C:\\tools\\curl.exe', '-k', 'https://x']);
    expect(cmd && effectiveCommand(cmd)?.name).toBe('curl');
  });
});

describe('effectiveCommand and options', () => {
  it('looks through sudo, env, timeout and gosu, but not command -v', () => {
    const eff = (run: string) => {
      const doc = parseDockerfile(`FROM a\nRUN ${run}\n`, 'Dockerfile');
      const cmd = runCommands(doc, doc.instructions[1] as never)[0];
      return cmd && effectiveCommand(cmd);
    };
    expect(eff('A=1 sudo -u app -E env B=2 timeout 10 curl -k x')?.name).toBe('curl');
    expect(eff('A=1 sudo -u app -E env B=2 curl x')?.env.map((w) => w.value)).toEqual(['A=1', 'B=2']);
    expect(eff('gosu app:app /bin/run')?.name).toBe('run');
    expect(eff('command -v curl')?.name).toBe('command');
  });

  it('finds options in clusters without reading option values as options', () => {
    const doc = parseDockerfile('FROM a\nRUN curl -Lkv -o -k --insecure=x -- -k\n', 'Dockerfile');
    const cmd = runCommands(doc, doc.instructions[1] as never)[0];
    const found = findOptions(cmd?.words.slice(1) ?? [], { short: 'k', long: ['insecure'], shortWithValue: 'o' });
    expect(found.map((m) => m.word.value)).toEqual(['-Lkv', '--insecure=x']);
  });

  it('lists the variables a command sets', () => {
    const doc = parseDockerfile('FROM a\nRUN A=1 B="2" cmd && export C=3 D && declare -x E=4\n', 'Dockerfile');
    const got = runCommands(doc, doc.instructions[1] as never).flatMap((c) =>
      assignmentsOf(c).map((a) => `${a.name}=${a.value}`),
    );
    expect(got).toEqual(['A=1', 'B=2', 'C=3', 'E=4']);
  });
});

describe('keyValues and variables', () => {
  it('reads ENV in both forms, ARG with and without defaults, with ranges', () => {
    const text = 'FROM a\nENV A=1 B="two words" \\\n    C=3\nENV D  four "five six"\nARG X=1 Y\n';
    const doc = parseDockerfile(text, 'Dockerfile');
    const kvs = doc.instructions.slice(1).flatMap((i) => keyValues(doc, i));
    expect(kvs.map((kv) => [kv.key, kv.value, text.slice(kv.keyRange[0], kv.keyRange[1])])).toEqual([
      ['A', '1', 'A'],
      ['B', 'two words', 'B'],
      ['C', '3', 'C'],
      ['D', 'four five six', 'D'],
      ['X', '1', 'X'],
      ['Y', undefined, 'Y'],
    ]);
  });

  it('knows global ARGs redeclared in the stage, stage ARGs and ENVs before an instruction', () => {
    const doc = parseDockerfile('ARG V=1\nFROM a\nARG V\nENV P=/opt/$V\nARG U\nRUN x\n', 'Dockerfile');
    const vars = variablesAt(doc, doc.instructions.at(-1) as never);
    expect([...vars]).toEqual([
      ['V', '1'],
      ['P', '/opt/1'],
    ]);
    expect(expandVariables('${P}/bin:${U:-none}', vars)).toEqual({ value: '/opt/1/bin:none', unresolved: false });
    expect(expandVariables('$U', vars).unresolved).toBe(true);
  });
});
