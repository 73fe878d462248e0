import type { Range } from '../../../core/location.js';
import {
  commandsNamed,
  type DockerfileDoc,
  findOptions,
  operands,
  optionWords,
  type ShellCommand,
  type ShellWord,
  spanOf,
} from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { type ProgramMatcher, programChecks } from '../program-checks.js';

interface Hit {
  range: Range;
  /** What was written, e.g. `curl -k`. */
  what: string;
}

const FALSE = /^(?:false|0|no|off)$/i;
/** curl's short options that take a value: `-o k` and `-ok` are not `-k`. */
const CURL_VALUE = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';
const PIP = /^pip(?:\d+(?:\.\d+)?)?$/;
const PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;

function hit(eff: ShellCommand, words: readonly ShellWord[]): Hit {
  return { range: spanOf(words), what: [eff.name, ...words.map((w) => w.value)].join(' ') };
}

/** Arguments of pip, whether run as `pip`, `pip3.12`, `python -m pip` or `uv pip`. */
function pipArgs(eff: ShellCommand): readonly ShellWord[] | undefined {
  if (PIP.test(eff.name)) return eff.args;
  if (PYTHON.test(eff.name)) {
    const m = eff.args.findIndex((w) => w.value === '-m');
    return m >= 0 && eff.args[m + 1]?.value === 'pip' ? eff.args.slice(m + 2) : undefined;
  }
  if (eff.name === 'uv' && eff.args[0]?.value === 'pip') return eff.args.slice(1);
  return undefined;
}

/** `npm config set strict-ssl false`, `npm set strict-ssl=false`, `yarn config set strict-ssl false`. */
function configSet(args: readonly ShellWord[]): { key: string; value: string; words: ShellWord[] } | undefined {
  const ops = operands(args);
  let k = 0;
  if (ops[k]?.value === 'config' || ops[k]?.value === 'c') k++;
  if (ops[k]?.value !== 'set') return undefined;
  const keyWord = ops[k + 1];
  if (!keyWord) return undefined;
  const eq = keyWord.value.indexOf('=');
  if (eq > 0) return { key: keyWord.value.slice(0, eq), value: keyWord.value.slice(eq + 1), words: [keyWord] };
  const valueWord = ops[k + 2];
  if (!valueWord) return undefined;
  return { key: keyWord.value, value: valueWord.value, words: [keyWord, valueWord] };
}

/** Shared by the checks that do not apply: most commands are looked at by one check only. */
const NO_HITS: readonly Hit[] = [];

/** Each check with the programs it looks at: a command is checked only by the checks for its name. */
const CHECKS: (readonly [ProgramMatcher, (eff: ShellCommand) => readonly Hit[]])[] = [
  [
    ['curl'],
    (eff) =>
      eff.name === 'curl'
        ? findOptions(
            eff.args,
            { long: ['insecure', 'proxy-insecure', 'doh-insecure'], short: 'k' },
            { short: CURL_VALUE },
          ).map((m) => hit(eff, [m.word]))
        : NO_HITS,
  ],
  [
    ['wget', 'wget2'],
    (eff) => {
      if (eff.name !== 'wget' && eff.name !== 'wget2') return NO_HITS;
      return findOptions(
        eff.args,
        { long: ['no-check-certificate', 'check-certificate', 'execute'], short: 'e' },
        { short: 'eoOaiPBUY', long: ['execute'] },
      )
        .filter((m) => {
          const v = m.value;
          if (m.name === 'no-check-certificate') return true;
          if (m.name === 'check-certificate') return v !== undefined && /^(?:off|quiet|false|no)$/i.test(v);
          return v !== undefined && /^check_?certificate\s*=\s*(?:off|false|no|0)$/i.test(v);
        })
        .map((m) => hit(eff, optionWords(m)));
    },
  ],
  [
    (name) => name === 'uv' || PIP.test(name) || PYTHON.test(name),
    (eff) => {
      const args = pipArgs(eff);
      if (!args) return NO_HITS;
      const out = findOptions(args, { long: ['trusted-host'] }, { long: ['trusted-host'] }).map((m) =>
        hit(eff, optionWords(m)),
      );
      // pip config set global.trusted-host example.com
      const ops = operands(args);
      if (ops[0]?.value === 'config' && ops[1]?.value === 'set' && /(?:^|\.)trusted-host$/.test(ops[2]?.value ?? '')) {
        out.push(hit(eff, ops.slice(2, 4)));
      }
      return out;
    },
  ],
  [
    ['npm', 'yarn', 'pnpm'],
    (eff) => {
      if (eff.name !== 'npm' && eff.name !== 'yarn' && eff.name !== 'pnpm') return NO_HITS;
      const out: Hit[] = [];
      const set = configSet(eff.args);
      if (set && /^(?:strict-ssl|enablestrictssl)$/i.test(set.key) && /^false$/i.test(set.value)) {
        out.push(hit(eff, set.words));
      }
      for (const m of findOptions(eff.args, { long: ['strict-ssl', 'no-strict-ssl'] })) {
        if (m.name === 'no-strict-ssl' || /^false$/i.test(m.value ?? '')) out.push(hit(eff, [m.word]));
      }
      return out;
    },
  ],
  [
    ['yum', 'dnf', 'microdnf', 'tdnf', 'yum-config-manager', 'dnf-config-manager'],
    (eff) => {
      if (!['yum', 'dnf', 'microdnf', 'tdnf', 'yum-config-manager', 'dnf-config-manager'].includes(eff.name))
        return NO_HITS;
      return findOptions(eff.args, { long: ['setopt'] }, { long: ['setopt'] })
        .filter((m) => /(?:^|\.)sslverify\s*=\s*(?:0|false|no|off)$/i.test(m.value ?? ''))
        .map((m) => hit(eff, optionWords(m)));
    },
  ],
  [
    ['git'],
    (eff) => {
      if (eff.name !== 'git') return NO_HITS;
      const out: Hit[] = [];
      const SSL_VERIFY = /^http\.(?:.*\.)?sslverify$/i;
      for (const m of findOptions(eff.args, { short: 'c' }, { short: 'cC' })) {
        const v = m.value ?? '';
        const eq = v.indexOf('=');
        if (eq > 0 && SSL_VERIFY.test(v.slice(0, eq)) && FALSE.test(v.slice(eq + 1)))
          out.push(hit(eff, optionWords(m)));
      }
      const ops = operands(eff.args, { short: 'cCf', long: ['file', 'type', 'blob'] });
      if (ops[0]?.value === 'config') {
        const rest = ops[1]?.value === 'set' ? ops.slice(2) : ops.slice(1);
        const [key, value] = rest;
        if (key && value && SSL_VERIFY.test(key.value) && FALSE.test(value.value)) out.push(hit(eff, [key, value]));
      }
      return out;
    },
  ],
  [
    ['apt-get', 'apt', 'aptitude'],
    (eff) => {
      if (eff.name !== 'apt-get' && eff.name !== 'apt' && eff.name !== 'aptitude') return NO_HITS;
      return findOptions(eff.args, { short: 'o', long: ['option'] }, { short: 'oct', long: ['option'] })
        .filter((m) => /^Acquire::https?::(?:.+::)?Verify-(?:Peer|Host)\s*=\s*"?(?:false|0|no)"?$/i.test(m.value ?? ''))
        .map((m) => hit(eff, optionWords(m)));
    },
  ],
  [
    ['conda', 'mamba', 'micromamba'],
    (eff) => {
      if (!['conda', 'mamba', 'micromamba'].includes(eff.name)) return NO_HITS;
      const out = findOptions(eff.args, { long: ['insecure'], short: 'k' }).map((m) => hit(eff, [m.word]));
      eff.args.forEach((w, k) => {
        const key = eff.args[k + 1];
        const value = eff.args[k + 2];
        if (w.value === '--set' && key?.value === 'ssl_verify' && value && FALSE.test(value.value)) {
          out.push(hit(eff, [w, key, value]));
        }
      });
      return out;
    },
  ],
  [
    ['composer'],
    (eff) => {
      if (eff.name !== 'composer') return NO_HITS;
      const ops = operands(eff.args);
      const at = ops.findIndex((w) => w.value === 'disable-tls');
      return ops[0]?.value === 'config' && at > 0 && /^(?:true|1)$/i.test(ops[at + 1]?.value ?? '')
        ? [hit(eff, ops.slice(at, at + 2))]
        : [];
    },
  ],
  [
    ['helm', 'kubectl', 'oc'],
    (eff) => {
      if (!['helm', 'kubectl', 'oc'].includes(eff.name)) return NO_HITS;
      return findOptions(eff.args, { long: ['insecure-skip-tls-verify'] })
        .filter((m) => !FALSE.test(m.value ?? 'true'))
        .map((m) => hit(eff, [m.word]));
    },
  ],
  [
    ['skopeo', 'podman', 'buildah'],
    (eff) => {
      if (!['skopeo', 'podman', 'buildah'].includes(eff.name)) return NO_HITS;
      return findOptions(eff.args, { long: ['tls-verify', 'src-tls-verify', 'dest-tls-verify'] })
        .filter((m) => FALSE.test(m.value ?? 'true'))
        .map((m) => hit(eff, [m.word]));
    },
  ],
  [
    ['go', 'aws', 'ansible-galaxy', 'svn', 'aria2c', 'mvn', 'mvnw', './mvnw'],
    (eff) => {
      if (eff.name === 'go' && eff.args[0]?.value === 'get') {
        return eff.args.filter((w) => w.value === '-insecure').map((w) => hit(eff, [w]));
      }
      if (eff.name === 'aws') return findOptions(eff.args, { long: ['no-verify-ssl'] }).map((m) => hit(eff, [m.word]));
      if (eff.name === 'ansible-galaxy') {
        return findOptions(eff.args, { long: ['ignore-certs'] }).map((m) => hit(eff, [m.word]));
      }
      if (eff.name === 'svn') {
        return findOptions(eff.args, { long: ['trust-server-cert', 'trust-server-cert-failures'] }).map((m) =>
          hit(eff, [m.word]),
        );
      }
      if (eff.name === 'aria2c') {
        return findOptions(eff.args, { long: ['check-certificate'] })
          .filter((m) => FALSE.test(m.value ?? ''))
          .map((m) => hit(eff, [m.word]));
      }
      if (eff.name === 'mvn' || eff.name === 'mvnw' || eff.name === './mvnw') {
        return eff.args
          .filter((w) =>
            /^-Dmaven\.wagon\.http\.ssl\.(?:insecure|allowall|ignore\.validity\.dates)=true$/.test(w.value),
          )
          .map((w) => hit(eff, [w]));
      }
      return NO_HITS;
    },
  ],
];

const { checksFor, accept } = programChecks(CHECKS);

export default defineAuditRule<DockerfileDoc, 'tlsOff'>({
  id: 'DF012',
  name: 'tls-verification-disabled',
  source: 'dockerfile',
  meta: {
    title: 'TLS certificate verification turned off in RUN',
    severity: 'high',
    description:
      'A RUN command downloads with TLS certificate verification turned off: `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip --trusted-host` (or `pip config set global.trusted-host`), `npm`/`yarn`/`pnpm config set strict-ssl false`, `yum`/`dnf config-manager --setopt=sslverify=0`, `git -c http.sslVerify=false` or `git config http.sslVerify false`, `apt-get -o Acquire::https::Verify-Peer=false`, `conda config --set ssl_verify false`, `composer config disable-tls true`, `helm`/`kubectl --insecure-skip-tls-verify`, `skopeo`/`podman`/`buildah --tls-verify=false`, `aws --no-verify-ssl`, `go get -insecure`, and the like. Anyone on the network path (a proxy, a rogue Wi-Fi, a compromised mirror) can then serve their own packages or scripts to the build. Commands are read as the shell reads them: text in comments, in echo strings or in arguments of other commands is not reported. Variables that turn verification off (`GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0`...) are DF013.',
    remediation:
      'Remove the option. When a corporate proxy or private registry uses its own certificate authority, add that CA to the build instead (COPY it to /usr/local/share/ca-certificates and run update-ca-certificates, or point the tool at it: `curl --cacert`, `pip --cert`, `npm config set cafile`, `git -c http.sslCAInfo=`).',
    references: [
      'https://curl.se/docs/sslcerts.html',
      'https://pip.pypa.io/en/stable/topics/https-certificates/',
      'https://docs.npmjs.com/cli/v10/using-npm/config#strict-ssl',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.11'] },
    aliases: { checkov: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_13', 'CKV2_DOCKER_15'] },
    stride: ['tampering', 'spoofing'],
  },
  messages: {
    tlsOff:
      'TLS certificate verification is turned off, so anyone on the network path can serve the download: {{what}}.',
  },
  check(ctx, doc) {
    for (const { cmd } of commandsNamed(doc, accept)) {
      for (const check of checksFor(cmd.name)) {
        for (const h of check(cmd)) ctx.report({ messageId: 'tlsOff', range: h.range, data: { what: h.what } });
      }
    }
  },
});
