import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../sources/dockerfile/index.js';
import {
  imageStages,
  isPosixShellAt,
  parseOptions,
  runScript,
  shellAt,
  uncommittedMounts,
  variablesAt,
} from './shell-commands.js';

/** The commands of the n-th RUN as `name arg...`, with the source text each one spans. */
function commands(text: string, n = 0) {
  const doc = parseDockerfile(text, 'Dockerfile');
  const run = doc.instructions.filter((i) => i.keyword === 'RUN')[n];
  if (!run) throw new Error('no RUN');
  const script = runScript(doc, run);
  return {
    script,
    list: script.commands.map((c) => [c.name, ...c.args.map((a) => a.value)].join(' ')),
    spans: script.commands.map((c) => text.slice(c.range[0], c.range[1])),
    depths: script.commands.map((c) => c.depth),
  };
}

describe('runScript', () => {
  it('splits on &&, ||, ; and | and keeps the source span of each command', () => {
    const r = commands('FROM debian:12\nRUN apt-get update && apt-get install -y curl || true; echo done | tee /log\n');
    expect(r.list).toEqual(['apt-get update', 'apt-get install -y curl', 'true', 'echo done', 'tee /log']);
    expect(r.spans).toEqual(['apt-get update', 'apt-get install -y curl', 'true', 'echo done', 'tee /log']);
    expect(r.script.pipes).toHaveLength(1);
    expect(r.script.commands.map((c) => c.piped)).toEqual([false, false, false, true, true]);
  });

  it('removes line continuations and the comment lines between them, as Docker does', () => {
    const text = 'FROM debian:12\nRUN apt-get install -y \\\n# a comment inside the RUN\n\n    curl \\\n    git\n';
    const r = commands(text);
    expect(r.list).toEqual(['apt-get install -y curl git']);
    expect(r.spans).toEqual(['apt-get install -y \\\n# a comment inside the RUN\n\n    curl \\\n    git']);
  });

  it('follows BuildKit: an escaped escape character at the end of a line is not a continuation', () => {
    // dockerfile-ast still joins such lines into one instruction; the script ends at the end of the line.
    const r = commands('FROM debian:12\nRUN echo C:\\\\\\\\\nRUN true\n');
    expect(r.list[0]).toBe('echo C:\\\\');
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
  });

  it('parses $(...), backticks and sh -c scripts recursively, with offsets into the file', () => {
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

  it('skips here-document bodies inside a script, and redirection targets and file descriptors', () => {
    const text =
      'FROM alpine:3.20\nRUN <<EOF\nset -e\ncat <<-CONF > /etc/app.conf 2>&1\n\tapk add nothing\n\tCONF\napk add --no-cache curl\nEOF\n';
    const r = commands(text);
    expect(r.list).toEqual(['set -e', 'cat', 'apk add --no-cache curl']);
    expect(r.spans[2]).toBe('apk add --no-cache curl');
    expect(r.script.commands.map((c) => c.first)).toEqual([true, false, false]);
  });

  it('treats heredoc bodies given to another program as data', () => {
    expect(commands('FROM alpine:3.20\nRUN cat <<EOF > /x\napk add curl\nEOF\n').list).toEqual(['cat']);
    expect(commands('FROM alpine:3.20\nRUN python3 <<EOF\nimport os\nEOF\n').list).toEqual(['python3']);
    expect(commands('FROM alpine:3.20\nRUN bash <<EOF\napk add curl\nEOF\n').list).toEqual(['bash', 'apk add curl']);
    expect(commands('FROM alpine:3.20\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n').list).toEqual([]);
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

  it('knows cache mounts and build variables', () => {
    expect(uncommittedMounts(runs[1] as never)).toEqual(['/root/.cache/go-build']);
    const vars = variablesAt(doc, runs[1] as never);
    expect(vars.get('BASE')).toBe('/opt');
    expect(vars.get('APP')).toBe('$BASE/app');
    expect(vars.get('MODE')).toBe('test');
  });
});

describe('parseOptions', () => {
  const words = (...v: string[]) =>
    v.map((value) => ({ value, range: [0, 0] as const, quoted: false, dynamic: false }));

  it('splits getopt-style clusters and knows which options take values', () => {
    const p = parseOptions(
      words('-fmy', '-o', 'Dpkg::Options::=--force-confold', '--target-release=bookworm', 'install', '--', '-x'),
      {
        short: 'o',
      },
    );
    expect(p.options.map((o) => [o.name, o.value])).toEqual([
      ['f', undefined],
      ['m', undefined],
      ['y', undefined],
      ['o', 'Dpkg::Options::=--force-confold'],
      ['target-release', 'bookworm'],
    ]);
    expect(p.positionals.map((w) => w.value)).toEqual(['install', '-x']);
  });
});
