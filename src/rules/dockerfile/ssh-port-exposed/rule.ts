import { type DockerfileDoc, expandArgs, variablesAt } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const PORT = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i;

export default defineAuditRule<DockerfileDoc, 'ssh'>({
  id: 'DF018',
  name: 'ssh-port-exposed',
  source: 'dockerfile',
  meta: {
    title: 'SSH port 22 exposed',
    severity: 'medium',
    description:
      'The image EXPOSEs TCP port 22 (alone or inside a port range), which means it runs, or invites running, an SSH server. An sshd in a container is another daemon with its own keys and passwords to manage and another way in that bypasses the engine: CIS 5.7 asks that containers do not run sshd. UDP port 22 is not reported. Ports given by build variables are expanded where their values are known.',
    remediation: 'Remove sshd and the EXPOSE 22; use `docker exec` (or `kubectl exec`) for interactive access.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#expose',
      'https://docs.docker.com/reference/cli/docker/container/exec/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.7'] },
    aliases: { trivy: ['DS-0004'], checkov: ['CKV_DOCKER_1'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    ssh: 'EXPOSE {{port}} opens the SSH port 22: the container is meant to run an SSH server.',
  },
  check(ctx, doc) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const arg of ins.arguments) {
        let value = arg.value;
        if (value.includes('$')) {
          const expanded = expandArgs(value, variablesAt(doc, ins));
          if (expanded.unresolved) continue;
          value = expanded.value;
        }
        const m = PORT.exec(value);
        if (!m) continue;
        const from = Number(m[1]);
        const to = m[2] === undefined ? from : Number(m[2]);
        if ((m[3] ?? 'tcp').toLowerCase() !== 'tcp' || from > 22 || to < 22) continue;
        ctx.report({ messageId: 'ssh', range: arg.range, data: { port: value } });
      }
    }
  },
});
