import { describe, expect, it } from 'vitest';
import { expandArgs, parseDockerfile } from './parse.js';
import {
  assignmentsOf,
  commandsByName,
  findOptions,
  imageStages,
  isPosixShellAt,
  keyValues,
  logicalText,
  parseOptions,
  pipelines,
  runScript,
  type ShellWord,
  shellAt,
  uncommittedMounts,
  variablesAt,
} from './shell.js';

/** The commands of the n-th RUN: `name arg...`, the source text each spans, their depth, and all their words. */
function commands(text: string, n = 0) {
  const doc = parseDockerfile(text, 'Dockerfile');
  const run = doc.instructions.filter((i) => i.keyword === 'RUN')[n];
  if (!run) throw new Error('no RUN');
  const script = runScript(doc, run);
  return {
    doc,
    script,
    list: script.commands.map((c) => [c.name, ...c.args.map((a) => a.value)].join(' ')),
    spans: script.commands.map((c) => text.slice(c.range[0], c.range[1])),
    depths: script.commands.map((c) => c.depth),
    words: script.commands.map((c) => c.words.map((w) => w.value)),
  };
}

describe('the instruction text, as Docker reads it', () => {
  it('removes line continuations and the comment and blank lines between them, keeping offsets', () => {
    const text = 'FROM debian:12\nRUN apt-get install -y \\\n# a comment inside the RUN\n\n    curl \\\n    git\n';
    const r = commands(text);
    expect(r.list).toEqual(['apt-get install -y curl git']);
    expect(r.spans).toEqual(['apt-get install -y \\\n# a comment inside the RUN\n\n    curl \\\n    git']);
    const split = commands('FROM a\nRUN apt-get update \\\n # a comment\n\n && curl -k x\n');
    expect(split.words).toEqual([
      ['apt-get', 'update'],
      ['curl', '-k', 'x'],
    ]);
    const k = split.script.commands[1]?.args[0];
    expect(k && 'FROM a\nRUN apt-get update \\\n # a comment\n\n && curl -k x\n'.slice(k.range[0], k.range[1])).toBe(
      '-k',
    );
  });

  it('follows BuildKit: an escaped escape character at the end of a line is not a continuation', () => {
    const r = commands('FROM debian:12\nRUN echo C:\\\\\\\\\nRUN true\n');
    expect(r.list[0]).toBe('echo C:\\\\');
  });

  it('follows a backtick escape directive; Windows names lose their directory and .exe', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl.exe -k `\n    https://x\n';
    const r = commands(text);
    expect(r.words).toEqual([['curl.exe', '-k', 'https://x']]);
    expect(r.list).toEqual(['curl -k https://x']);
    expect([...commandsByName(r.doc).keys()]).toEqual(['curl']);
  });

  it('gives the logical text of a range, continuations removed', () => {
    const doc = parseDockerfile('FROM a\nRUN a | \\\n  # c\n  b\n', 'Dockerfile');
    const run = doc.instructions[1];
    expect(run && logicalText(doc, [run.keywordRange[1] + 1, run.range[1]])).toBe('a |   b');
  });
});

describe('runScript', () => {
  it('splits on &&, ||, ;, | and & and keeps the source span of each command', () => {
    const r = commands('FROM debian:12\nRUN apt-get update && apt-get install -y curl || true; echo done | tee /log\n');
    expect(r.list).toEqual(['apt-get update', 'apt-get install -y curl', 'true', 'echo done', 'tee /log']);
    expect(r.spans).toEqual(['apt-get update', 'apt-get install -y curl', 'true', 'echo done', 'tee /log']);
    expect(r.script.pipes).toHaveLength(1);
    expect(r.script.commands.map((c) => c.piped)).toEqual([false, false, false, true, true]);
    expect(commands('FROM a\nRUN a "b c" && d \'e\'f || g;h|i & j\n').words).toEqual([
      ['a', 'b c'],
      ['d', 'ef'],
      ['g'],
      ['h'],
      ['i'],
      ['j'],
    ]);
  });

  it('skips comments, keeps echo strings as arguments and redirections out of the words', () => {
    expect(commands('FROM a\nRUN echo "curl -k x" > /tmp/f 2>&1 # curl -k y\n').words).toEqual([['echo', 'curl -k x']]);
  });

  it('handles quotes, escapes, assignments and wrappers', () => {
    const r = commands(
      'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive sudo -E -u root env A=1 apt-get install -y "lib foo" \'x&&y\' a\\ b\n',
    );
    expect(r.list).toEqual(['apt-get install -y lib foo x&&y a b']);
    expect(r.spans).toEqual(['apt-get install -y "lib foo" \'x&&y\' a\\ b']);
    const cmd = r.script.commands[0];
    expect(cmd?.words.map((w) => w.value).slice(0, 6)).toEqual([
      'DEBIAN_FRONTEND=noninteractive',
      'sudo',
      '-E',
      '-u',
      'root',
      'env',
    ]);
    expect(cmd?.assignments.map((w) => w.value)).toEqual(['DEBIAN_FRONTEND=noninteractive']);
    expect(cmd?.env.map((w) => w.value)).toEqual(['DEBIAN_FRONTEND=noninteractive', 'A=1']);
    expect(cmd?.wrappers.map((w) => w.value)).toEqual(['sudo', 'env']);
  });

  it('looks through sudo, env, timeout and gosu to the program, but not through command -v', () => {
    const name = (run: string) => commands(`FROM a\nRUN ${run}\n`).script.commands[0]?.name;
    expect(name('A=1 sudo -u app -E env B=2 timeout 10 curl -k x')).toBe('curl');
    expect(
      commands('FROM a\nRUN A=1 sudo -u app -E env B=2 curl x\n').script.commands[0]?.env.map((w) => w.value),
    ).toEqual(['A=1', 'B=2']);
    expect(name('gosu app:app /bin/run')).toBe('run');
    expect(name('sudo -uroot make install')).toBe('make');
    expect(name('command -v curl')).toBe('command');
    expect(name('sudo -u root')).toBe('sudo');
  });

  it('parses $(...), backquotes and sh -c scripts recursively, with offsets into the file', () => {
    const text =
      'FROM debian:12\nRUN ARCH="$(dpkg --print-architecture | cut -d- -f1)" && sh -ec \'curl -fsSL x | tar -x\' && echo `uname -m`\n';
    const r = commands(text);
    expect(r.list).toEqual([
      'dpkg --print-architecture',
      'cut -d- -f1',
      '',
      'sh -ec curl -fsSL x | tar -x',
      'curl -fsSL x',
      'tar -x',
      'uname -m',
      'echo `uname -m`',
    ]);
    expect(r.depths).toEqual([1, 1, 0, 0, 1, 1, 1, 0]);
    expect(r.spans[4]).toBe('curl -fsSL x');
    expect(r.script.pipelines.map((p) => text.slice(p[0], p[1]))).toEqual([
      'dpkg --print-architecture | cut -d- -f1',
      'curl -fsSL x | tar -x',
    ]);
  });

  it('reads exec form, sh -c, su -c, eval and command substitutions once each, with exact ranges', () => {
    const text =
      'FROM a\nRUN ["sh", "-c", "curl -k x && echo \\"y\\""]\nRUN bash -ec "$(wget -qO- z)" && su app -c \'id\' && eval "apk add x"\n';
    const doc = parseDockerfile(text, 'Dockerfile');
    const cmds = doc.instructions
      .filter((i) => i.keyword === 'RUN')
      .flatMap((i) => runScript(doc, i).commands)
      .map((c) => [c.words[0]?.value, c.depth, text.slice(c.range[0], c.range[1])]);
    expect(cmds).toEqual([
      ['sh', 0, '"sh", "-c", "curl -k x && echo \\"y\\""'],
      ['curl', 1, 'curl -k x'],
      ['echo', 1, 'echo \\"y\\"'],
      ['bash', 0, 'bash -ec "$(wget -qO- z)"'],
      ['wget', 2, 'wget -qO- z'],
      ['$(wget -qO- z)', 1, '$(wget -qO- z)'],
      ['su', 0, "su app -c 'id'"],
      ['id', 1, 'id'],
      ['eval', 0, 'eval "apk add x"'],
      ['apk', 1, 'apk add x'],
    ]);
    // The script word keeps its substitutions for rules that look into it.
    const bash = runScript(doc, doc.instructions[2] as never).commands[0];
    expect(bash?.args[1]?.substitutions.map((s) => s.map((c) => c.name))).toEqual([['wget']]);
  });

  it('reads the script of runuser --command= and of a shell behind wrappers, not the operand after -c options', () => {
    expect(commands("FROM a\nRUN runuser -u app --command='apk add x'\n").list).toEqual([
      'runuser -u app --command=apk add x',
      'apk add x',
    ]);
    expect(commands("FROM a\nRUN sudo -E bash -c -e 'make install'\n").list).toEqual([
      'bash -c -e make install',
      'make install',
    ]);
  });

  it('reads double-quoted sh -c and su -c scripts with escaped quotes inside', () => {
    const text =
      'FROM alpine:3.20\nRUN su nobody -s /bin/sh -c " \\\n    cd /tmp \\\n    && curl -fLO \\"https://example.com/a b\\" \\\n    && echo \\$HOME"\n';
    const r = commands(text);
    expect(r.list).toEqual([
      'su nobody -s /bin/sh -c      cd /tmp     && curl -fLO "https://example.com/a b"     && echo $HOME',
      'cd /tmp',
      'curl -fLO https://example.com/a b',
      'echo $HOME',
    ]);
    expect(r.spans[2]).toBe('curl -fLO \\"https://example.com/a b\\"');
  });

  it('numbers pipelines', () => {
    const r = commands('FROM a\nRUN a | b && c | d | e; f\n');
    expect(pipelines(r.script.commands).map((g) => g.map((c) => c.name))).toEqual([['a', 'b'], ['c', 'd', 'e'], ['f']]);
  });

  it('drops the reserved words of compound commands and `for` heads', () => {
    expect(commands('FROM a\nRUN if [ -f x ]; then sudo rm x; fi; for f in a b; do curl $f; done\n').words).toEqual([
      ['[', '-f', 'x', ']'],
      ['sudo', 'rm', 'x'],
      ['curl', '$f'],
    ]);
  });

  it('knows if/for/while/case well enough to name the commands inside', () => {
    const r = commands(
      'FROM debian:12\nRUN if [ -f /x ]; then apt-get update; else echo no; fi; for f in a b; do rm "$f"; done; case "$(uname -m)" in x86_64|amd64) A=x64 ;; *) echo bad; exit 1 ;; esac; { make; }\n',
    );
    expect(r.list).toEqual([
      '[ -f /x ]',
      'apt-get update',
      'echo no',
      'rm $f',
      'uname -m',
      '',
      'echo bad',
      'exit 1',
      'make',
    ]);
  });

  it('marks subshells and reads exec form as exact words', () => {
    const r = commands('FROM debian:12\nRUN (cd /src && make) && make install\n');
    expect(r.script.commands.map((c) => [c.name, c.subshell])).toEqual([
      ['cd', true],
      ['make', true],
      ['make', false],
    ]);
    const text =
      'FROM debian:12\nRUN ["/bin/bash", "-o", "pipefail", "-c", "apt-get install -y \\"curl\\" | tee /log"]\n';
    const e = commands(text);
    expect(e.list).toEqual([
      'bash -o pipefail -c apt-get install -y "curl" | tee /log',
      'apt-get install -y curl',
      'tee /log',
    ]);
    expect(e.spans[1]).toBe('apt-get install -y \\"curl\\"');
  });

  it('does not read backslashes in Windows stages as escapes', () => {
    const text =
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    New-Item -Path C:\\app\\bin -ItemType Directory; `\n    Get-ChildItem C:\\app | Select-Object Name\n';
    const r = commands(text);
    expect(r.script.posix).toBe(false);
    expect(r.list).toEqual([
      'powershell -Command New-Item -Path C:\\app\\bin -ItemType Directory',
      'Get-ChildItem C:\\app',
      'Select-Object Name',
    ]);
    expect(r.spans[0]).toBe('powershell -Command `\n    New-Item -Path C:\\app\\bin -ItemType Directory');
    const ps = commands('FROM a\nSHELL ["powershell", "-Command"]\nRUN C:\\tools\\curl.exe -k https://x\n');
    expect(ps.words).toEqual([['C:\\tools\\curl.exe', '-k', 'https://x']]);
    expect(ps.list).toEqual(['curl -k https://x']);
  });
});

describe('heredocs', () => {
  it('reads the heredoc a RUN runs as its script, at depth 0', () => {
    const r = commands('FROM a\nRUN <<EOF\nset -e\ncurl -k x\nEOF\n');
    expect(r.words).toEqual([
      ['set', '-e'],
      ['curl', '-k', 'x'],
    ]);
    expect(r.depths).toEqual([0, 0]);
    expect(r.script.commands.map((c) => c.first)).toEqual([true, false]);
  });

  it('reads a heredoc given to a shell one level down, and heredocs given to other programs as data', () => {
    expect(commands('FROM alpine:3.20\nRUN bash <<EOF\napk add curl\nEOF\n').list).toEqual(['bash', 'apk add curl']);
    expect(commands('FROM alpine:3.20\nRUN bash <<EOF\napk add curl\nEOF\n').depths).toEqual([0, 1]);
    expect(commands('FROM alpine:3.20\nRUN cat <<EOF > /x\napk add curl\nEOF\n').list).toEqual(['cat']);
    expect(commands('FROM alpine:3.20\nRUN python3 <<EOF\nimport os\nEOF\n').list).toEqual(['python3']);
    expect(commands('FROM alpine:3.20\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n').list).toEqual([]);
  });

  it('skips heredoc bodies inside a script that are data, and reads those a shell runs', () => {
    const text =
      'FROM alpine:3.20\nRUN <<EOF\nset -e\ncat <<-CONF > /etc/app.conf 2>&1\n\tapk add nothing\n\tCONF\napk add --no-cache curl\nEOF\n';
    const r = commands(text);
    expect(r.list).toEqual(['set -e', 'cat', 'apk add --no-cache curl']);
    expect(r.spans[2]).toBe('apk add --no-cache curl');
    expect(r.script.commands.map((c) => c.first)).toEqual([true, false, false]);
    expect(commands('FROM a\nRUN <<EOF\ncat > /f <<EOT\ncurl -k x\nEOT\nwget y\nEOF\n').words).toEqual([
      ['cat'],
      ['wget', 'y'],
    ]);
    const nested = commands('FROM a\nRUN <<EOF\nsh -e <<'.concat("'INNER'\napk add x\nINNER\necho done\nEOF\n"));
    expect(nested.list).toEqual(['sh -e', 'apk add x', 'echo done']);
    expect(nested.depths).toEqual([0, 1, 0]);
  });
});

describe('options, assignments and key/value instructions', () => {
  const word = (value: string) => ({ value, range: [0, 0], dynamic: false }) as unknown as ShellWord;
  const words = (...v: string[]) => v.map(word);

  it('splits getopt-style clusters and knows which options take values', () => {
    const p = parseOptions(
      words(
        '-fmy',
        '-o',
        'Dpkg::Options::=--force-confold',
        '--target-release=bookworm',
        '-q=2',
        'install',
        '--',
        '-x',
      ),
      { short: 'oq' },
    );
    expect(p.options.map((o) => [o.name, o.value])).toEqual([
      ['f', undefined],
      ['m', undefined],
      ['y', undefined],
      ['o', 'Dpkg::Options::=--force-confold'],
      ['target-release', 'bookworm'],
      ['q', '2'],
    ]);
    expect(p.positionals.map((w) => w.value)).toEqual(['install', '-x']);
  });

  it('finds options in clusters without reading option values as options', () => {
    const r = commands('FROM a\nRUN curl -Lkv -o -k --insecure=x -- -k\n');
    const found = findOptions(r.script.commands[0]?.args ?? [], { short: 'k', long: ['insecure'] }, { short: 'o' });
    expect(found.map((m) => m.word.value)).toEqual(['-Lkv', '--insecure=x']);
  });

  it('lists the variables a command sets, with the ranges of their names', () => {
    const text = 'FROM a\nRUN A=1 B="2" cmd && export C=3 D && declare -x E=4 && env F=5 g\n';
    const got = commands(text).script.commands.flatMap((c) =>
      assignmentsOf(c).map((a) => `${a.name}=${a.value}@${text.slice(a.nameRange[0], a.nameRange[1])}`),
    );
    expect(got).toEqual(['A=1@A', 'B=2@B', 'C=3@C', 'E=4@E', 'F=5@F']);
  });

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
    expect(kvs.map((kv) => kv.valueRange && text.slice(kv.valueRange[0], kv.valueRange[1]))).toEqual([
      '1',
      '"two words"',
      '3',
      'four "five six"',
      '1',
      undefined,
    ]);
  });
});

describe('stages, shells and variables', () => {
  const text = [
    'ARG BASE=/opt',
    'FROM golang:1.23 AS build',
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    'RUN go build',
    'FROM build AS test',
    'ARG BASE',
    'ENV APP=$BASE/app MODE=test',
    'RUN --mount=type=cache,target=/root/.cache/go-build/ --mount=type=secret,id=x go test',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS win',
    'RUN dir',
    'FROM build',
    'RUN true',
    '',
  ].join('\n');
  const doc = parseDockerfile(text, 'Dockerfile');
  const runs = doc.instructions.filter((i) => i.keyword === 'RUN');

  it('finds the stages that end up in the image', () => {
    expect([...imageStages(doc)].sort()).toEqual([0, 3]);
  });

  it('inherits SHELL through FROM <stage>', () => {
    expect(shellAt(doc, runs[1] as never)).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
    expect(isPosixShellAt(doc, runs[2] as never)).toBe(false);
    expect(isPosixShellAt(doc, runs[3] as never)).toBe(true);
  });

  it('knows cache mounts and build variables, expanded and inherited through FROM <stage>', () => {
    expect(uncommittedMounts(runs[1] as never)).toEqual(['/root/.cache/go-build']);
    const vars = variablesAt(doc, runs[1] as never);
    expect([...vars]).toEqual([
      ['BASE', '/opt'],
      ['APP', '/opt/app'],
      ['MODE', 'test'],
    ]);
  });

  it('knows global ARGs redeclared in the stage, stage ARGs and ENVs before an instruction', () => {
    const d = parseDockerfile('ARG V=1\nFROM a\nARG V\nENV P=/opt/$V\nARG U\nRUN x\n', 'Dockerfile');
    const vars = variablesAt(d, d.instructions.at(-1) as never);
    expect([...vars]).toEqual([
      ['V', '1'],
      ['P', '/opt/1'],
    ]);
    expect(expandArgs('${P}/bin:${U:-none}', vars)).toEqual({ value: '/opt/1/bin:none', unresolved: false });
    expect(expandArgs('$U', vars).unresolved).toBe(true);
  });
});
