import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../core/location.js';
import { DOCKERFILE_RULES } from '../../rules/dockerfile/index.js';
import { runRules } from '../../rules/run.js';
import { type DockerfileDoc, dockerfileSuppressions, parseDockerfile } from './index.js';

/** Instructions as `KEYWORD startLine:startColumn-endLine:endColumn args`, for exact comparisons. */
function outline(doc: DockerfileDoc): string[] {
  const lines = new LineIndex(doc.uri, doc.text);
  return doc.instructions.map((i) => {
    const l = lines.location(i.range);
    return `${i.keyword} ${l.startLine}:${l.startColumn}-${l.endLine}:${l.endColumn} ${i.args}`;
  });
}

function at(doc: DockerfileDoc, range: readonly [number, number]): string {
  const l = new LineIndex(doc.uri, doc.text).location(range);
  return `${l.startLine}:${l.startColumn}-${l.endLine}:${l.endColumn}`;
}

/** What the build-hygiene rules (DF020–DF049) report, as `id line:column`. */
function hygieneFindings(doc: DockerfileDoc): string[] {
  const rules = DOCKERFILE_RULES.filter((r) => Number(r.id.slice(2)) >= 20 && Number(r.id.slice(2)) <= 49);
  const result = runRules(rules, { doc, target: doc.uri, text: doc.text, suppressions: dockerfileSuppressions(doc) });
  expect(result.checks.filter((c) => c.state === 'error')).toEqual([]);
  return result.findings.map((f) => `${f.ruleId} ${f.location?.startLine}:${f.location?.startColumn}`);
}

describe('Windows Dockerfile with the backtick escape directive', () => {
  const text = [
    '# escape=`',
    '',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build',
    'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
    'WORKDIR C:\\app',
    'RUN New-Item -ItemType Directory -Path C:\\app\\bin | Out-Null; `',
    '    Invoke-WebRequest -Uri https://example.com/tool.zip -OutFile C:\\app\\tool.zip; `',
    '    Expand-Archive C:\\app\\tool.zip -DestinationPath C:\\app\\bin',
    'COPY ["config.json", "appsettings.json", "C:\\\\app\\\\"]',
    'COPY src\\ C:\\app\\src\\',
    'ENV APP_HOME=C:\\app `',
    '    LOG_DIR=C:\\logs',
    'USER ContainerUser',
    'CMD ["C:\\\\app\\\\bin\\\\tool.exe", "--serve"]',
    '',
  ].join('\n');
  const doc = parseDockerfile(text, 'Dockerfile.windows');

  it('reads the escape directive and keeps every instruction with its exact span', () => {
    expect(doc.escape).toBe('`');
    expect(doc.comments).toEqual([]);
    expect(outline(doc)).toEqual([
      'FROM 3:1-3:60 mcr.microsoft.com/windows/servercore:ltsc2022 AS build',
      'SHELL 4:1-4:69 ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
      'WORKDIR 5:1-5:15 C:\\app',
      'RUN 6:1-8:63 New-Item -ItemType Directory -Path C:\\app\\bin | Out-Null; Invoke-WebRequest -Uri https://example.com/tool.zip -OutFile C:\\app\\tool.zip; Expand-Archive C:\\app\\tool.zip -DestinationPath C:\\app\\bin',
      'COPY 9:1-9:54 ["config.json", "appsettings.json", "C:\\\\app\\\\"]',
      'COPY 10:1-10:22 src\\ C:\\app\\src\\',
      'ENV 11:1-12:20 APP_HOME=C:\\app LOG_DIR=C:\\logs',
      'USER 13:1-13:19 ContainerUser',
      'CMD 14:1-14:42 ["C:\\\\app\\\\bin\\\\tool.exe", "--serve"]',
    ]);
  });

  it('keeps argument positions across backtick continuations and backslash paths', () => {
    const run = doc.instructions[3];
    expect(run?.arguments.map((a) => `${a.value}@${at(doc, a.range)}`).slice(4, 9)).toEqual([
      'C:\\app\\bin@6:40-6:50',
      '|@6:51-6:52',
      'Out-Null;@6:53-6:62',
      'Invoke-WebRequest@7:5-7:22',
      '-Uri@7:23-7:27',
    ]);
    const env = doc.instructions[6];
    expect(env?.arguments.map((a) => `${a.value}@${at(doc, a.range)}`)).toEqual([
      'APP_HOME=C:\\app@11:5-11:20',
      'LOG_DIR=C:\\logs@12:5-12:20',
    ]);
    expect(doc.instructions[4]?.json).toEqual(['config.json', 'appsettings.json', 'C:\\app\\']);
    expect(doc.instructions[8]?.json).toEqual(['C:\\app\\bin\\tool.exe', '--serve']);
    expect(doc.stages.map((s) => [s.from.registry, s.from.name, s.from.tag, s.from.alias])).toEqual([
      ['mcr.microsoft.com', 'windows/servercore', 'ltsc2022', 'build'],
    ]);
  });

  it('gives the rules nothing to misread: no finding from a Windows path, PowerShell pipe or `;`', () => {
    expect(hygieneFindings(doc)).toEqual([]);
  });

  it('with the default escape, Windows paths in a Windows stage are not shell escapes either', () => {
    const plain = parseDockerfile(
      [
        'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022',
        'WORKDIR C:\\\\app',
        'RUN cd C:\\app\\bin && dir | findstr tool',
        'COPY ["a.dll", "b.dll", "C:\\\\Windows\\\\System32\\\\"]',
        'USER ContainerUser',
        'CMD ["tool.exe"]',
        '',
      ].join('\n'),
      'Dockerfile',
    );
    expect(outline(plain).map((l) => l.split(' ')[0])).toEqual(['FROM', 'WORKDIR', 'RUN', 'COPY', 'USER', 'CMD']);
    // `cd` first is reported (WORKDIR exists on Windows too); the cmd.exe pipe is not a POSIX pipefail matter.
    expect(hygieneFindings(plain)).toEqual(['DF038 3:5']);
  });

  // BuildKit ends a line on an escaped escape character (`([^\\])\\[ \t]*$`), so `C:\\Windows\\` is not a line
  // continuation (docker-library's mongo nanoserver images rely on it).
  it('an escaped escape character at the end of a line ends the instruction', () => {
    const mongo = parseDockerfile(
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=mongo:7.0 \\\n\tC:\\\\Windows\\\\System32\\\\\n\n# release notes\nENV MONGO_VERSION 7.0.37\n',
      'Dockerfile',
    );
    expect(outline(mongo)).toEqual([
      'FROM 1:1-1:51 mcr.microsoft.com/windows/nanoserver:ltsc2022',
      'COPY 2:1-3:25 C:\\Windows\\System32\\',
      'ENV 6:1-6:25 MONGO_VERSION 7.0.37',
    ]);
    expect(mongo.comments.map((c) => [c.text, c.line])).toEqual([['release notes', 4]]);
  });
});

describe('Linux Dockerfile: directives, ARG expansion, stages, heredocs', () => {
  const text = [
    '# syntax=docker/dockerfile:1.7',
    'ARG TAG=3.20',
    'ARG REGISTRY',
    'ARG GO_VERSION="1.23"',
    'FROM golang:${GO_VERSION:-1.22}-alpine AS Build',
    'RUN --mount=type=cache,target=/root/.cache/go-build <<EOF',
    'set -e',
    'go build -o /out/app ./cmd/app',
    'EOF',
    'FROM ${REGISTRY:-docker.io}/library/alpine:${TAG} AS runtime',
    'COPY --from=build /out/app /usr/local/bin/app',
    'COPY <<-CONF /etc/app.conf',
    '\tlisten = 8080',
    '\tCONF',
    'FROM runtime',
    'FROM ${REGISTRY}/tools:latest',
    '',
  ].join('\n');
  const doc = parseDockerfile(text, 'Dockerfile');

  it('treats the parser directive as a directive, not as a comment or an instruction', () => {
    expect(doc.escape).toBe('\\');
    expect(doc.comments).toEqual([]);
    expect(doc.instructions[0]?.keyword).toBe('ARG');
    expect(at(doc, doc.instructions[0]?.range ?? [0, 0])).toBe('2:1-2:13');
  });

  it('expands global ARGs in FROM, with ${VAR:-default} and quoted defaults', () => {
    expect([...doc.globalArgs]).toEqual([
      ['TAG', '3.20'],
      ['REGISTRY', undefined],
      ['GO_VERSION', '1.23'],
    ]);
    expect(doc.stages.map((s) => [s.from.raw, s.from.image, s.from.unresolved])).toEqual([
      ['golang:${GO_VERSION:-1.22}-alpine', 'golang:1.23-alpine', false],
      ['${REGISTRY:-docker.io}/library/alpine:${TAG}', 'docker.io/library/alpine:3.20', false],
      ['runtime', 'runtime', false],
      ['${REGISTRY}/tools:latest', '/tools:latest', true],
    ]);
    expect(at(doc, doc.stages[1]?.from.imageRange ?? [0, 0])).toBe('10:6-10:50');
  });

  it('knows stage aliases and references to earlier stages', () => {
    expect(doc.stages.map((s) => [s.index, s.from.alias, s.from.stageRef, s.instructions.length])).toEqual([
      [0, 'Build', false, 1],
      [1, 'runtime', false, 2],
      [2, undefined, true, 0],
      [3, undefined, false, 0],
    ]);
    expect(doc.stages[1]?.from.registry).toBe('docker.io');
    expect(doc.stages[1]?.instructions[0]?.flags.map((f) => [f.name, f.value, at(doc, f.range)])).toEqual([
      ['from', 'build', '11:6-11:18'],
    ]);
  });

  it('keeps heredoc bodies, flags and the instruction span up to the delimiter', () => {
    const run = doc.instructions[4];
    expect(run?.keyword).toBe('RUN');
    expect(at(doc, run?.range ?? [0, 0])).toBe('6:1-9:4');
    expect(run?.flags.map((f) => [f.name, f.value])).toEqual([['mount', 'type=cache,target=/root/.cache/go-build']]);
    expect(run?.heredocs.map((h) => [h.name, h.content, at(doc, h.range)])).toEqual([
      ['EOF', 'set -e\ngo build -o /out/app ./cmd/app', '7:1-8:31'],
    ]);
    const copy = doc.instructions[7];
    expect(copy?.heredocs.map((h) => [h.name, h.content])).toEqual([['CONF', '\tlisten = 8080']]);
    expect(at(doc, copy?.range ?? [0, 0])).toBe('12:1-14:6');
  });

  it('runs the heredoc script through the rules without misfiring', () => {
    expect(hygieneFindings(doc)).toEqual([]);
  });
});

describe('parser edge cases, as BuildKit reads them', () => {
  const words = (doc: DockerfileDoc, n: number) =>
    doc.instructions[n]?.arguments.map((a) => `${a.value}@${at(doc, a.range)}`);

  it('reads the directives at the top only, backtick escape and check included', () => {
    const doc = parseDockerfile(
      '# syntax=docker/dockerfile:1.10\n#CHECK = skip=JSONArgsRecommended;error=true\n# escape=`\nFROM a\nRUN b `\n  c\n# escape=\\\\\n',
      'Dockerfile',
    );
    expect(doc.directives.map((d) => [d.name, d.value, at(doc, d.range)])).toEqual([
      ['syntax', 'docker/dockerfile:1.10', '1:1-1:32'],
      ['check', 'skip=JSONArgsRecommended;error=true', '2:1-2:45'],
      ['escape', '`', '3:1-3:11'],
    ]);
    expect(doc.escape).toBe('`');
    expect(outline(doc)).toEqual(['FROM 4:1-4:7 a', 'RUN 5:1-6:4 b c']);
    expect(doc.comments.map((c) => c.text)).toEqual(['escape=\\\\']);
  });

  it('ends the directives at a blank line, a comment or an unknown name; later ones are comments', () => {
    for (const head of [
      '\n# escape=`\n',
      '# a comment\n# escape=`\n',
      '# foo=bar\n# escape=`\n',
      'ARG X\n# escape=`\n',
    ]) {
      const doc = parseDockerfile(`${head}FROM a\nRUN b \\\n c\n`, 'Dockerfile');
      expect(doc.escape).toBe('\\');
      expect(doc.instructions.at(-1)?.args).toBe('b c');
      expect(doc.comments.at(-1)?.text).toBe('escape=`');
    }
  });

  it('skips a byte-order mark and reads CRLF line ends', () => {
    const doc = parseDockerfile('\ufeff# escape=`\r\nFROM a\r\nRUN b `\r\n  c\r\nCMD ["d"]\r\n', 'Dockerfile');
    expect(doc.escape).toBe('`');
    expect(outline(doc)).toEqual(['FROM 2:1-2:7 a', 'RUN 3:1-4:4 b c', 'CMD 5:1-5:10 ["d"]']);
    expect(doc.instructions[2]?.json).toEqual(['d']);
  });

  it('joins continuation lines: blanks after the escape, comment and empty lines inside, words across lines', () => {
    const doc = parseDockerfile(
      'FROM a\nRUN apt-get \\   \n    install \\\n\n  # a comment \\\n\t\n    -y cu\\\nrl\nRUN x \\',
      'Dockerfile',
    );
    expect(outline(doc)).toEqual(['FROM 1:1-1:7 a', 'RUN 2:1-8:3 apt-get install -y curl', 'RUN 9:1-9:8 x']);
    expect(words(doc, 1)).toEqual(['apt-get@2:5-2:12', 'install@3:5-3:12', '-y@7:5-7:7', 'curl@7:8-8:3']);
    expect(doc.comments.map((c) => [c.text, c.line, at(doc, c.range)])).toEqual([['a comment \\', 4, '5:3-5:16']]);
  });

  it('keeps escapes in argument values as the rules expect: `\\$` stays, an escaped blank splits', () => {
    const doc = parseDockerfile('FROM a\nRUN echo \\$HOME a\\ b \\"c\\"\nRUN\\\n  true\n', 'Dockerfile');
    expect(words(doc, 1)).toEqual(['echo@2:5-2:9', '\\$HOME@2:10-2:16', 'a@2:17-2:18', 'b@2:20-2:21', '"c"@2:22-2:27']);
    expect(outline(doc).at(-1)).toBe('RUN 3:1-4:7 true');
    expect(at(doc, doc.instructions[2]?.keywordRange ?? [0, 0])).toBe('3:1-3:4');
  });

  it('reads flags before the arguments, and exec form across continuation lines', () => {
    const doc = parseDockerfile(
      'FROM a\nRUN --mount=type=cache,target=/root/.cache --network=none pip install x\nCOPY --from=b --chown=1:1 ["a", \\\n  "b", "/c/"]\nHEALTHCHECK --interval=5s --timeout=3s CMD curl -f http://x || exit 1\nCMD --not-a-flag\n',
      'Dockerfile',
    );
    const flags = (n: number) => doc.instructions[n]?.flags.map((f) => `${f.name}=${f.value}@${at(doc, f.range)}`);
    expect(flags(1)).toEqual(['mount=type=cache,target=/root/.cache@2:5-2:43', 'network=none@2:44-2:58']);
    expect(doc.instructions[1]?.args).toBe('pip install x');
    expect(flags(2)).toEqual(['from=b@3:6-3:14', 'chown=1:1@3:15-3:26']);
    expect(doc.instructions[2]?.json).toEqual(['a', 'b', '/c/']);
    expect(flags(3)).toEqual(['interval=5s@5:13-5:26', 'timeout=3s@5:27-5:39']);
    expect(doc.instructions[3]?.args).toBe('CMD curl -f http://x || exit 1');
    expect(doc.instructions[4]?.flags).toEqual([]);
    expect(doc.instructions[4]?.args).toBe('--not-a-flag');
  });

  it('reads several heredocs per instruction, <<- with tabs, quoted names, and stops the arguments at the line', () => {
    const doc = parseDockerfile(
      'FROM a\nRUN <<A cat - <<-"B" > /f\nset -e\nA\n\techo b\n\tB\nCOPY <<\'EOF\' /etc/x\n$HOME\nEOF\nRUN echo "<<NOT" && echo done\n',
      'Dockerfile',
    );
    const run = doc.instructions[1];
    expect(run?.args).toBe('<<A cat - <<-"B" > /f');
    expect(run?.heredocs.map((h) => [h.name, h.content, at(doc, h.range)])).toEqual([
      ['A', 'set -e', '3:1-3:7'],
      ['B', '\techo b', '5:1-5:8'],
    ]);
    expect(at(doc, run?.range ?? [0, 0])).toBe('2:1-6:3');
    expect(doc.instructions[2]?.heredocs.map((h) => [h.name, h.content])).toEqual([['EOF', '$HOME']]);
    expect(outline(doc).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'FROM 1:1-1:7',
      'RUN 2:1-6:3',
      'COPY 7:1-9:4',
      'RUN 10:1-10:30',
    ]);
    expect(doc.instructions[3]?.heredocs).toEqual([]);
  });

  it('reads heredocs of ONBUILD triggers, empty and unterminated bodies, and CRLF bodies', () => {
    const onbuild = parseDockerfile('FROM a\nONBUILD RUN <<EOF\necho hi\nEOF\nRUN <<EOF\nEOF\n', 'Dockerfile');
    expect(onbuild.instructions[1]?.heredocs.map((h) => [h.name, h.content])).toEqual([['EOF', 'echo hi']]);
    expect(outline(onbuild)).toEqual(['FROM 1:1-1:7 a', 'ONBUILD 2:1-4:4 RUN <<EOF', 'RUN 5:1-6:4 <<EOF']);
    expect(onbuild.instructions[2]?.heredocs.map((h) => [h.content, at(onbuild, h.range)])).toEqual([['', '6:1-6:1']]);
    const open = parseDockerfile('FROM a\nRUN cat <<EOF\nnever closed\n', 'Dockerfile');
    expect(open.instructions[1]?.heredocs.map((h) => h.content)).toEqual(['never closed\n']);
    const crlf = parseDockerfile('FROM a\r\nRUN <<EOF\r\nset -e\r\nmake\r\nEOF\r\nRUN b\r\n', 'Dockerfile');
    expect(crlf.instructions[1]?.heredocs.map((h) => h.content)).toEqual(['set -e\r\nmake']);
    expect(outline(crlf).at(-1)).toBe('RUN 6:1-6:6 b');
  });

  it('parses FROM: --platform, registry with a port, tag and digest, alias, ARG defaults', () => {
    const doc = parseDockerfile(
      'ARG V=1.22\nFROM --platform=$BUILDPLATFORM localhost:5000/team/go:${V}@sha256:abc as Build\nFROM build\n',
      'Dockerfile',
    );
    const from = doc.stages[0]?.from;
    expect([from?.platform, from?.registry, from?.name, from?.tag, from?.digest, from?.alias]).toEqual([
      '$BUILDPLATFORM',
      'localhost:5000',
      'team/go',
      '1.22',
      'sha256:abc',
      'Build',
    ]);
    expect(at(doc, from?.imageRange ?? [0, 0])).toBe('2:32-2:70');
    expect(doc.stages[1]?.from.stageRef).toBe(true);
  });
});
