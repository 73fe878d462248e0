import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

const SSHD = /(^|[\s/])(sshd|dropbear)(\s|:|$)/;

export default defineAuditRule<EngineDoc, 'running' | 'command'>({
  id: 'EN003',
  name: 'sshd-running',
  source: 'engine',
  meta: {
    title: 'SSH server in a container',
    severity: 'medium',
    description:
      "A running container has an SSH server process (sshd or dropbear) among its processes, or a container's command starts one. An SSH server adds credentials to manage, a network service to patch and a way in that bypasses the engine's access control and audit trail; `docker exec` already gives a shell. The processes are read with the Engine API's `top` (ps on the host over the container's processes): nothing is executed inside the container.",
    remediation: 'Remove the SSH server from the image and the command; use `docker exec` for maintenance.',
    references: ['https://docs.docker.com/reference/cli/docker/container/exec/'],
    frameworks: { 'cis-docker-1.6.0': ['5.7'] },
    aliases: { 'docker-bench': ['5.7'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    running: '{{container}} runs an SSH server: {{process}}.',
    command: '{{container}} starts an SSH server: {{process}}.',
  },
  check(ctx, doc) {
    for (const c of containersOf(ctx, doc)) {
      const top = c.container.top;
      const column = top?.Titles?.findIndex((t) => t === 'CMD' || t === 'COMMAND') ?? -1;
      const process = (top?.Processes ?? [])
        .map((p) => String(p[column >= 0 ? column : p.length - 1] ?? ''))
        .find((cmd) => SSHD.test(cmd));
      if (process) {
        ctx.report({
          messageId: 'running',
          node: c.node(['State', 'Pid']),
          data: { ...who(c), process: short(process) },
        });
        continue;
      }
      const config = (c.container.inspect.Config ?? {}) as Record<string, unknown>;
      for (const key of ['Entrypoint', 'Cmd'] as const) {
        const words = Array.isArray(config[key]) ? (config[key] as unknown[]).map(String) : [];
        if (words.length > 0 && SSHD.test(words.join(' '))) {
          ctx.report({
            messageId: 'command',
            node: c.node(['Config', key]),
            data: { ...who(c), process: short(words.join(' ')) },
          });
          break;
        }
      }
    }
  },
});

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
