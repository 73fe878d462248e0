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
  what: string;
}

const hit = (eff: ShellCommand, words: readonly ShellWord[]): Hit => ({
  range: spanOf(words),
  what: [eff.name, ...words.map((w) => w.value)].join(' '),
});

const APT = ['apt-get', 'apt', 'aptitude'];
const YUM = ['yum', 'dnf', 'microdnf', 'tdnf', 'yum-config-manager', 'dnf-config-manager'];
/** apt options (`-o Name=value`) that accept unsigned packages or repositories. */
const APT_INSECURE =
  /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories|APT::Get::force-yes)\s*=\s*"?(?:true|1|yes)"?$/i;
/**
 * A sources.list entry that trusts a repository without a signature. A local `file:` or `copy:` repository (packages
 * the same RUN just built, as the official nginx and postgres images do) is not a download and is not reported.
 */
const TRUSTED_SOURCE = /\[[^\]]*\b(?:trusted|allow-insecure|allow-weak)=yes\b[^\]]*\]\s*(?!file:|copy:)\S/i;

/** Shared by the checks that do not apply: most commands are looked at by one check only. */
const NO_HITS: readonly Hit[] = [];

/** Each check with the programs it looks at: a command is checked only by the checks for its name. */
const CHECKS: (readonly [ProgramMatcher, (eff: ShellCommand) => readonly Hit[]])[] = [
  [
    APT,
    (eff) => {
      if (!APT.includes(eff.name)) return NO_HITS;
      const out = findOptions(
        eff.args,
        { long: ['allow-unauthenticated', 'force-yes', 'allow-insecure-repositories'] },
        { short: 'oct' },
      ).map((m) => hit(eff, [m.word]));
      for (const m of findOptions(eff.args, { short: 'o', long: ['option'] }, { short: 'oct', long: ['option'] })) {
        if (APT_INSECURE.test(m.value ?? '')) out.push(hit(eff, optionWords(m)));
      }
      return out;
    },
  ],
  [
    YUM,
    (eff) => {
      if (!YUM.includes(eff.name)) return NO_HITS;
      const out = findOptions(eff.args, { long: ['nogpgcheck'] }).map((m) => hit(eff, [m.word]));
      for (const m of findOptions(eff.args, { long: ['setopt'] }, { long: ['setopt'] })) {
        if (/(?:^|\.)(?:repo_|localpkg_)?gpgcheck\s*=\s*(?:0|false|no|off)$/i.test(m.value ?? '')) {
          out.push(hit(eff, optionWords(m)));
        }
      }
      return out;
    },
  ],
  [
    ['zypper'],
    (eff) =>
      eff.name === 'zypper'
        ? findOptions(eff.args, { long: ['no-gpg-checks', 'no-gpg-check'] }).map((m) => hit(eff, [m.word]))
        : NO_HITS,
  ],
  [
    ['apk'],
    (eff) => {
      // `apk index --allow-untrusted` indexes local packages; only fetching or installing trusts them.
      if (eff.name !== 'apk' || operands(eff.args, { short: 'pX' })[0]?.value === 'index') return NO_HITS;
      return findOptions(eff.args, { long: ['allow-untrusted'] }).map((m) => hit(eff, [m.word]));
    },
  ],
  [
    ['rpm'],
    (eff) =>
      eff.name === 'rpm'
        ? findOptions(eff.args, { long: ['nosignature', 'nodigest', 'noverify', 'nofiledigest'] }).map((m) =>
            hit(eff, [m.word]),
          )
        : NO_HITS,
  ],
  [
    ['dpkg'],
    (eff) =>
      eff.name === 'dpkg'
        ? findOptions(eff.args, { long: ['force-bad-verify', 'no-debsig'] }).map((m) => hit(eff, [m.word]))
        : NO_HITS,
  ],
  [
    ['echo', 'printf', 'add-apt-repository'],
    (eff) => {
      // echo "deb [trusted=yes] http://repo ./" > /etc/apt/sources.list.d/x.list; add-apt-repository "deb [trusted=yes] ..."
      if (!['echo', 'printf', 'add-apt-repository'].includes(eff.name)) return NO_HITS;
      return eff.args.filter((w) => TRUSTED_SOURCE.test(w.value)).map((w) => hit(eff, [w]));
    },
  ],
];

const { checksFor, accept } = programChecks(CHECKS);

export default defineAuditRule<DockerfileDoc, 'signatureOff'>({
  id: 'DF014',
  name: 'package-signature-check-disabled',
  source: 'dockerfile',
  meta: {
    title: 'Package signature checks turned off',
    severity: 'high',
    description:
      'A RUN installs packages with signature or digest verification turned off: `apt-get --allow-unauthenticated`, `--force-yes` (which also accepts unauthenticated packages), `--allow-insecure-repositories` or `-o APT::Get::AllowUnauthenticated=true`, a sources.list entry with `[trusted=yes]`, `yum`/`dnf`/`tdnf`/`microdnf --nogpgcheck` or `--setopt=gpgcheck=0`, `zypper --no-gpg-checks`, `apk --allow-untrusted`, `rpm --nosignature`/`--nodigest`/`--noverify`/`--nofiledigest`, `dpkg --force-bad-verify`. Package signatures are what ties a package to its publisher once it has passed through mirrors and proxies; without them a tampered package installs silently, as root, into the image.',
    remediation:
      "Remove the option and import the repository's signing key instead (`signed-by=` keyring for apt, `rpm --import` or `gpgkey=` for yum/dnf, the key in /etc/apk/keys for apk). For a package built locally, sign it or install it from a verified checksum.",
    references: [
      'https://wiki.debian.org/SecureApt',
      'https://dnf.readthedocs.io/en/latest/command_ref.html#options',
      'https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.11'] },
    aliases: { checkov: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'] },
    stride: ['tampering', 'spoofing'],
  },
  messages: {
    // What was written ends the message: the runner's redaction would mask a word following `--allow-unauthenticated`.
    signatureOff: 'Packages are installed without verifying their signatures: {{what}}.',
  },
  check(ctx, doc) {
    for (const { cmd } of commandsNamed(doc, accept)) {
      for (const check of checksFor(cmd.name)) {
        for (const h of check(cmd)) ctx.report({ messageId: 'signatureOff', range: h.range, data: { what: h.what } });
      }
    }
  },
});
