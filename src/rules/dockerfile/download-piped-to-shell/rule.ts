import type { Range } from '../../../core/location.js';
import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import {
  type EffectiveCommand,
  effectiveCommand,
  findOptions,
  isShell,
  nestedScript,
  operands,
  optionValue,
  pipelines,
  runCommands,
  type ShellCommand,
  type ShellWord,
} from '../../../sources/dockerfile/shell.js';
import { defineAuditRule } from '../../rule.js';

const CURL_VALUE = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';
const WGET_VALUE = 'oOaeiPBUYTtwQlAXIDRD';
const INTERPRETER = /^(?:python(?:\d+(?:\.\d+)?)?|perl|ruby|node|nodejs|php|deno)$/;

/** A curl or wget that writes what it downloads to standard output; its URL when one is given. */
function download(eff: EffectiveCommand | undefined): { url?: string } | undefined {
  if (!eff) return undefined;
  const url = eff.args.find((w) => /^(?:https?|ftp):\/\//i.test(w.value))?.value;
  if (eff.name === 'curl') {
    const outputs = findOptions(eff.args, {
      short: 'oO',
      shortWithValue: CURL_VALUE,
      long: ['output', 'remote-name', 'remote-name-all', 'remote-header-name'],
      longWithValue: ['output'],
    });
    const toStdout =
      outputs.length === 0 || outputs.every((m) => (m.name === 'o' || m.name === 'output') && optionValue(m) === '-');
    return toStdout ? { url } : undefined;
  }
  if (eff.name === 'wget' || eff.name === 'wget2') {
    const outputs = findOptions(eff.args, {
      short: 'O',
      shortWithValue: WGET_VALUE,
      long: ['output-document'],
      longWithValue: ['output-document'],
    });
    return outputs.some((m) => optionValue(m) === '-') ? { url } : undefined;
  }
  return undefined;
}

/** A shell or interpreter that runs the program it reads on standard input (`sh`, `bash -s --`, `python3 -`). */
function runsStdin(eff: EffectiveCommand | undefined): boolean {
  if (!eff) return false;
  if (isShell(eff.name)) {
    if (findOptions(eff.args, { short: 'c', shortWithValue: 'oO' }).length > 0) return false;
    if (findOptions(eff.args, { short: 's', shortWithValue: 'oO' }).length > 0) return true;
    const first = operands(eff.args, { shortWithValue: 'oO' })[0];
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
      const eff = effectiveCommand(cmd);
      const d = download(eff);
      if (d && eff) return { ...d, name: eff.name };
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
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const commands = runCommands(doc, ins);
      for (const pipeline of pipelines(commands)) {
        if (pipeline.length < 2) continue;
        const effs = pipeline.map((c) => effectiveCommand(c));
        const from = effs.findIndex((e) => download(e) !== undefined);
        if (from < 0) continue;
        const to = effs.findIndex((e, k) => k > from && runsStdin(e));
        if (to < 0) continue;
        const d = effs[from] as EffectiveCommand;
        const range: Range = [(pipeline[from] as ShellCommand).range[0], (pipeline[to] as ShellCommand).range[1]];
        ctx.report({
          messageId: 'pipedToShell',
          range,
          data: { download: describe(d.name, download(d)?.url), shell: (effs[to] as EffectiveCommand).name },
        });
      }
      for (const cmd of commands) {
        const eff = effectiveCommand(cmd);
        if (!eff) continue;
        const interpreter = isShell(eff.name) || INTERPRETER.test(eff.name);
        let word: ShellWord | undefined;
        if (isShell(eff.name) || eff.name === 'eval' || eff.name === 'su') word = nestedScript(cmd);
        if (!word && (interpreter || eff.name === 'source' || eff.name === '.')) {
          // `bash <(curl ...)`, `source <(curl ...)`: the script file is the download.
          word = operands(eff.args).find((w) => w.value.startsWith('<('));
        }
        const d = word ? downloadIn(word) : undefined;
        if (!d) continue;
        ctx.report({
          messageId: 'substituted',
          range: cmd.range,
          data: { download: describe(d.name, d.url), shell: eff.name },
        });
      }
    }
  },
});
