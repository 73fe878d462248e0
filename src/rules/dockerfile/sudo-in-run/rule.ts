import { baseName, type DockerfileDoc, runCommands, type ShellWord } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const SUDO = new Set(['sudo', 'doas']);
const isSudo = (w: ShellWord) => SUDO.has(baseName(w.value));

export default defineAuditRule<DockerfileDoc, 'sudo'>({
  id: 'DF016',
  name: 'sudo-in-run',
  source: 'dockerfile',
  meta: {
    title: 'sudo used in RUN',
    severity: 'medium',
    description:
      'A RUN command runs through `sudo` (or `doas`). Build steps already run as the current USER, which is root unless a USER instruction changed it; sudo in a Dockerfile means either it is useless (as root) or the image ships sudo with a configuration that lets the unprivileged user become root again, undoing the point of USER. sudo also behaves unpredictably without a TTY or with changed environments. Installing the sudo package (`apt-get install sudo`) is not reported here; running a command through it is.',
    remediation:
      'Run the privileged steps before the USER instruction (or switch with `USER root` and back), and drop sudo from the image. Use gosu or su-exec in an entrypoint only when a process must start as root and then step down.',
    references: ['https://docs.docker.com/build/building/best-practices/#user'],
    frameworks: {},
    aliases: {
      trivy: ['DS-0010'],
      checkov: ['CKV2_DOCKER_1'],
      hadolint: ['DL3004'],
      dockle: ['DKL-DI-0001'],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    sudo: 'RUN uses {{sudo}} to run {{command}}: do the privileged work as root before USER instead.',
  },
  check(ctx, doc) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'RUN') continue;
      for (const cmd of runCommands(doc, ins)) {
        // Wrappers can stack (`env X=1 sudo -E cmd`): sudo is the command or one of the wrappers before it.
        const word = cmd.nameWord;
        if (!word) continue;
        const sudo =
          cmd.name === 'sudo' || cmd.name === 'doas'
            ? word
            : cmd.wrappers.length > 0
              ? cmd.wrappers.find(isSudo)
              : undefined;
        if (!sudo) continue;
        ctx.report({
          messageId: 'sudo',
          range: sudo.range,
          data: { sudo: baseName(sudo.value), command: word === sudo ? 'a shell' : cmd.name },
        });
      }
    }
  },
});
