import type { Range } from '../../../core/location.js';
import {
  assignmentsOf,
  type DockerfileDoc,
  keyValues,
  runCommands,
  type ShellCommand,
  type ShellWord,
} from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

interface InsecureVariable {
  name: RegExp;
  /** Does this value turn verification off? `unknown` is a value that holds a variable. */
  disables(value: string): boolean | 'unknown';
  tool: string;
}

const hasVariable = (v: string) => v.includes('$');
const equals =
  (...off: string[]) =>
  (v: string) =>
    hasVariable(v) ? ('unknown' as const) : off.includes(v.trim().toLowerCase());
const nonEmpty = (v: string) => (hasVariable(v) ? ('unknown' as const) : v.trim() !== '');

/** Upper-case names of the variables below, to skip quickly the commands that set none of them. */
const NAMES = new Set([
  'GIT_SSL_NO_VERIFY',
  'NODE_TLS_REJECT_UNAUTHORIZED',
  'NPM_CONFIG_STRICT_SSL',
  'YARN_STRICT_SSL',
  'YARN_ENABLE_STRICT_SSL',
  'PIP_TRUSTED_HOST',
  'PYTHONHTTPSVERIFY',
  'UV_INSECURE_HOST',
  'GOINSECURE',
  'CONDA_SSL_VERIFY',
]);
const named = (w: ShellWord) => {
  const eq = w.value.indexOf('=');
  return eq > 0 && NAMES.has(w.value.slice(0, eq).toUpperCase());
};
/** The command may set one of the variables (see `assignmentsOf`). */
function mayAssign(cmd: ShellCommand): boolean {
  if (cmd.env.length > 0 && cmd.env.some(named)) return true;
  // Compared directly: this runs for every command of every RUN.
  const name = cmd.name;
  return (name === 'export' || name === 'declare' || name === 'typeset') && cmd.args.some(named);
}

const VARIABLES: readonly InsecureVariable[] = [
  // git checks only that the variable exists: GIT_SSL_NO_VERIFY=0 and =false turn verification off too.
  { name: /^GIT_SSL_NO_VERIFY$/, disables: () => true, tool: 'git' },
  { name: /^NODE_TLS_REJECT_UNAUTHORIZED$/, disables: equals('0'), tool: 'Node.js' },
  { name: /^npm_config_strict_ssl$/i, disables: equals('false'), tool: 'npm' },
  { name: /^YARN_(?:ENABLE_)?STRICT_SSL$/, disables: equals('false', '0'), tool: 'Yarn' },
  { name: /^PIP_TRUSTED_HOST$/, disables: nonEmpty, tool: 'pip' },
  { name: /^PYTHONHTTPSVERIFY$/, disables: equals('0'), tool: 'Python' },
  { name: /^UV_INSECURE_HOST$/, disables: nonEmpty, tool: 'uv' },
  { name: /^GOINSECURE$/, disables: nonEmpty, tool: 'Go' },
  { name: /^CONDA_SSL_VERIFY$/, disables: equals('false', '0', 'no'), tool: 'conda' },
];

export default defineAuditRule<DockerfileDoc, 'insecureVariable'>({
  id: 'DF013',
  name: 'tls-verification-disabled-env',
  source: 'dockerfile',
  meta: {
    title: 'Environment variable turns off TLS certificate verification',
    severity: 'high',
    description:
      'An ENV, an ARG default, or an assignment in a RUN (`export VAR=...`, `VAR=... cmd`, `env VAR=... cmd`) sets a variable that makes a tool skip certificate verification: `GIT_SSL_NO_VERIFY` (any value, since git only checks that it exists), `NODE_TLS_REJECT_UNAUTHORIZED=0`, `NPM_CONFIG_STRICT_SSL=false` (any case), `YARN_STRICT_SSL=false`, `PIP_TRUSTED_HOST`, `PYTHONHTTPSVERIFY=0`, `UV_INSECURE_HOST`, `GOINSECURE`, `CONDA_SSL_VERIFY=false`. Downloads of that tool can then be intercepted and replaced. Set by ENV, the variable also stays in the image and weakens the application at run time. Values given by another variable are not reported, except for GIT_SSL_NO_VERIFY. Command options that do the same (`curl -k`...) are DF012. Two spellings that checkov counts are deliberately not reported: `ARG NAME value` (Docker reads two argument names, not a default) and a RUN that checkov reads with a backslash escaping a single quote inside single quotes (the shell does not, finds an unterminated quote and rejects the whole line).',
    remediation:
      'Remove the variable. Trust a private certificate authority instead: install it in the image trust store (update-ca-certificates) or point the tool at it (`GIT_SSL_CAINFO`, `NODE_EXTRA_CA_CERTS`, `PIP_CERT`, `npm_config_cafile`, `REQUESTS_CA_BUNDLE`).',
    references: [
      'https://git-scm.com/docs/git#Documentation/git.txt-codeGITSSLNOVERIFYcode',
      'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue',
      'https://pip.pypa.io/en/stable/topics/configuration/#environment-variables',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.11'] },
    aliases: { checkov: ['CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_14', 'CKV2_DOCKER_16'] },
    stride: ['tampering', 'spoofing'],
  },
  messages: {
    insecureVariable: '{{keyword}} sets {{name}}, which turns off TLS certificate verification for {{tool}}.',
  },
  check(ctx, doc) {
    const consider = (keyword: string, name: string, value: string, range: Range) => {
      if (!NAMES.has(name.toUpperCase())) return;
      const v = VARIABLES.find((x) => x.name.test(name));
      if (!v || v.disables(value) !== true) return;
      ctx.report({ messageId: 'insecureVariable', range, data: { keyword, name, tool: v.tool } });
    };
    for (const ins of doc.instructions) {
      // A global ARG (before the first FROM) only parameterizes FROM lines; it is not in any stage's environment.
      if (ins.stage < 0) continue;
      if (ins.keyword === 'ENV' || ins.keyword === 'ARG') {
        for (const kv of keyValues(doc, ins)) {
          if (kv.value !== undefined) consider(ins.keyword, kv.key, kv.value, kv.keyRange);
        }
      } else if (ins.keyword === 'RUN') {
        for (const cmd of runCommands(doc, ins)) {
          if (!mayAssign(cmd)) continue;
          for (const a of assignmentsOf(cmd)) consider('RUN', a.name, a.value, a.nameRange);
        }
      }
    }
  },
});
