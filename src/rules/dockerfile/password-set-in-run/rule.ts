import type { Range } from '../../../core/location.js';
import { commandsNamed, type DockerfileDoc, findOptions, type ShellWord } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const NAMES = new Set(['chpasswd', 'passwd', 'useradd', 'usermod', 'htpasswd']);

export default defineAuditRule<DockerfileDoc, 'chpasswd' | 'passwd' | 'hashOption' | 'htpasswd'>({
  id: 'DF017',
  name: 'password-set-in-run',
  source: 'dockerfile',
  meta: {
    title: 'Account password set in RUN',
    severity: 'high',
    description:
      'A RUN sets a login password: `chpasswd` (usually fed `user:password` by echo), `passwd` reading the new password from a pipe or `--stdin`, `passwd -d` (an empty password), `useradd`/`usermod -p`, or `htpasswd -b` with the password on the command line. The password is then written in the Dockerfile and the image history, and the same credential is baked into every container started from the image, so anyone who has seen either can log in to all of them. The finding never shows the password.',
    remediation:
      'Do not give image accounts passwords: create them locked (`useradd -r`, `adduser -D`) and use `docker exec` for access. When a service needs a password, set it at start-up from a secret the orchestrator provides (a mounted file or an environment variable), not at build time.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://man7.org/linux/man-pages/man8/chpasswd.8.html',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.10'] },
    aliases: { checkov: ['CKV2_DOCKER_17'] },
    stride: ['information-disclosure', 'spoofing'],
  },
  messages: {
    // Words after "passwd"-like words would be read as the value by the runner's redaction: commas end them.
    chpasswd: 'Account logins set at build time by chpasswd, baked into every container.',
    passwd: 'Account login changed at build time by {{what}}, baked into every container.',
    hashOption: 'Encrypted account login set at build time by {{what}}, baked into every container.',
    htpasswd: 'Web login written at build time by htpasswd -b, with the value on the command line.',
  },
  check(ctx, doc) {
    for (const { cmd } of commandsNamed(doc, NAMES)) {
      const word = cmd.nameWord as ShellWord;
      const span: Range = [word.range[0], (cmd.args[cmd.args.length - 1] ?? word).range[1]];
      if (cmd.name === 'chpasswd') {
        ctx.report({ messageId: 'chpasswd', range: span });
      } else if (cmd.name === 'passwd') {
        const stdin = findOptions(cmd.args, { long: ['stdin'] }).length > 0 || cmd.pipedIn;
        const del = findOptions(cmd.args, { short: 'd', long: ['delete'] }).length > 0;
        if (stdin || del) {
          ctx.report({ messageId: 'passwd', range: span, data: { what: del ? 'passwd -d' : 'passwd' } });
        }
      } else if (cmd.name === 'useradd' || cmd.name === 'usermod') {
        // useradd/usermod -p takes an encrypted password; BusyBox adduser has no -p.
        for (const m of findOptions(
          cmd.args,
          { short: 'p', long: ['password'] },
          {
            short: 'bcdefgGkKpsuUZ',
            long: ['password', 'home', 'shell', 'comment', 'gid', 'groups', 'uid', 'base-dir', 'expiredate'],
          },
        )) {
          ctx.report({ messageId: 'hashOption', range: m.word.range, data: { what: `${cmd.name} -p` } });
        }
      } else if (cmd.name === 'htpasswd') {
        const batch = findOptions(cmd.args, { short: 'b' });
        if (batch[0]) ctx.report({ messageId: 'htpasswd', range: span });
      }
    }
  },
});
