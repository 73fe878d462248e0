import type { Range } from '../../../core/location.js';
import {
  type CommandRef,
  commandsNamed,
  type DockerfileDoc,
  findOptions,
  isShell,
  operands,
  pipelines,
  type ShellCommand,
  type ShellWord,
  scriptWord,
} from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const CURL_VALUE = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';
const WGET_VALUE = 'oOaeiPBUYTtwQlAXIDRD';
const INTERPRETER = /^(?:python(?:\d+(?:\.\d+)?)?|perl|ruby|node|nodejs|php|deno)$/;
const DOWNLOADERS = new Set(['curl', 'wget', 'wget2']);
/** Downloads, and the programs that may run one: shells, interpreters, `eval`, `su`, `source`. */
const concerned = (name: string) =>
  DOWNLOADERS.has(name) ||
  isShell(name) ||
  INTERPRETER.test(name) ||
  name === 'eval' ||
  name === 'su' ||
  name === 'source' ||
  name === '.';

/** A curl or wget that writes what it downloads to standard output; its URL when one is given. */
function download(eff: ShellCommand): { url?: string } | undefined {
  if (!eff.nameWord) return undefined;
  const url = eff.args.find((w) => /^(?:https?|ftp):\/\//i.test(w.value))?.value;
  if (eff.name === 'curl') {
    const outputs = findOptions(
      eff.args,
      { short: 'oO', long: ['output', 'remote-name', 'remote-name-all', 'remote-header-name'] },
      { short: CURL_VALUE, long: ['output'] },
    );
    const toStdout =
      outputs.length === 0 || outputs.every((m) => (m.name === 'o' || m.name === 'output') && m.value === '-');
    return toStdout ? { url } : undefined;
  }
  if (eff.name === 'wget' || eff.name === 'wget2') {
    const outputs = findOptions(
      eff.args,
      { short: 'O', long: ['output-document'] },
      { short: WGET_VALUE, long: ['output-document'] },
    );
    return outputs.some((m) => m.value === '-') ? { url } : undefined;
  }
  return undefined;
}

/** A shell or interpreter that runs the program it reads on standard input (`sh`, `bash -s --`, `python3 -`). */
function runsStdin(eff: ShellCommand): boolean {
  if (!eff.nameWord) return false;
  if (isShell(eff.name)) {
    if (findOptions(eff.args, { short: 'c' }, { short: 'oO' }).length > 0) return false;
    if (findOptions(eff.args, { short: 's' }, { short: 'oO' }).length > 0) return true;
    const first = operands(eff.args, { short: 'oO' })[0];
    return first === undefined || first.value === '-';
  }
  if (INTERPRETER.test(eff.name)) {
    if (findOptions(eff.args, { short: 'cme', long: ['eval'] }).length > 0) return false;
    const first = operands(eff.args)[0];
    return first === undefined || first.value === '-';
  }
  return false;
}

/** A download among the commands of a substitution (`$(curl ...)`, `<(wget -O- ...)`), nested ones included. */
function downloadIn(word: ShellWord, depth = 0): { url?: string; name: string } | undefined {
  if (depth > 4) return undefined;
  for (const sub of word.substitutions) {
    for (const cmd of sub) {
      const d = download(cmd);
      if (d) return { ...d, name: cmd.name };
      for (const w of cmd.words) {
        const inner = downloadIn(w, depth + 1);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

function describe(name: string, url: string | undefined): string {
  return url ? `${name} ${url}` : name;
}

export default defineAuditRule<DockerfileDoc, 'pipedToShell' | 'substituted'>({
  id: 'DF015',
  name: 'download-piped-to-shell',
  source: 'dockerfile',
  meta: {
    title: 'Downloaded script run without verification',
    severity: 'high',
    description:
      'A RUN downloads a script and runs it at once: `curl ... | sh`, `wget -qO- ... | sudo bash`, `curl ... | python3 -`, `sh -c "$(curl ...)"`, `bash <(curl ...)`, `eval "$(wget -O- ...)"`. Nothing checks what was downloaded: whoever controls the server, the DNS name or the network path (or a CDN cache) runs code as root in the build, and a truncated download can run half a script. A curl writing to a file (`-o`) or a wget without `-O -` is not a pipe into the shell and is not reported.',
    remediation:
      'Download to a file, verify it against a published checksum or signature, then run it: `curl -fsSLo install.sh URL && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`. Better, install from a signed package repository or COPY the tool from a pinned image (`COPY --from=ghcr.io/org/tool@sha256:... /tool /usr/local/bin/`).',
    references: [
      'https://docs.docker.com/build/building/best-practices/#using-pipes',
      'https://owasp.org/www-project-top-10-ci-cd-security-risks/CICD-SEC-03-Dependency-Chain-Abuse',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.11'] },
    aliases: {},
    stride: ['tampering', 'elevation-of-privilege'],
  },
  messages: {
    pipedToShell: 'The output of {{download}} is piped into {{shell}}: the downloaded script runs unverified.',
    substituted: '{{shell}} runs the output of {{download}}: the downloaded script runs unverified.',
  },
  check(ctx, doc) {
    const refs = commandsNamed(doc, concerned);
    for (let i = 0; i < refs.length; ) {
      const { ins, script } = refs[i] as CommandRef;
      let j = i;
      let pipedDownload = false;
      for (; j < refs.length && (refs[j] as CommandRef).ins === ins; j++) {
        const cmd = (refs[j] as CommandRef).cmd;
        if (cmd.piped && DOWNLOADERS.has(cmd.name)) pipedDownload = true;
      }
      if (pipedDownload) {
        for (const pipeline of pipelines(script.commands)) {
          if (pipeline.length < 2) continue;
          const from = pipeline.findIndex((c) => download(c) !== undefined);
          if (from < 0) continue;
          const to = pipeline.findIndex((c, k) => k > from && runsStdin(c));
          if (to < 0) continue;
          const d = pipeline[from] as ShellCommand;
          const range: Range = [d.range[0], (pipeline[to] as ShellCommand).range[1]];
          ctx.report({
            messageId: 'pipedToShell',
            range,
            data: { download: describe(d.name, download(d)?.url), shell: (pipeline[to] as ShellCommand).name },
          });
        }
      }
      for (; i < j; i++) {
        const cmd = (refs[i] as CommandRef).cmd;
        const interpreter = isShell(cmd.name) || INTERPRETER.test(cmd.name);
        let word: ShellWord | undefined;
        if (isShell(cmd.name) || cmd.name === 'eval' || cmd.name === 'su') word = scriptWord(cmd);
        if (!word && (interpreter || cmd.name === 'source' || cmd.name === '.')) {
          // `bash <(curl ...)`, `source <(curl ...)`: the script file is the download.
          word = operands(cmd.args).find((w) => w.value.startsWith('<('));
        }
        const d = word ? downloadIn(word) : undefined;
        if (!d) continue;
        ctx.report({
          messageId: 'substituted',
          range: cmd.range,
          data: { download: describe(d.name, d.url), shell: cmd.name },
        });
      }
    }
  },
});
