import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<EngineDoc, 'privileged'>({
  id: 'EN005',
  name: 'exec-privileged',
  source: 'engine',
  meta: {
    title: 'docker exec with --privileged',
    severity: 'high',
    description:
      'An exec instance the daemon still knows for a container was started with `docker exec --privileged`: that process ran with every capability and without the seccomp filter, however confined the container itself is. The daemon keeps exec instances only while their container runs, so the check sees recent ones; the daemon audit log, or an authorization plugin that refuses privileged execs, covers the rest.',
    remediation: 'Do not use `docker exec --privileged`; refuse it with an authorization plugin.',
    references: ['https://docs.docker.com/reference/cli/docker/container/exec/'],
    frameworks: { 'cis-docker-1.6.0': ['5.23'] },
    aliases: { 'docker-bench': ['5.23'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    privileged: '{{container}} had a privileged exec: {{command}}.',
  },
  check(ctx, doc) {
    for (const c of containersOf(ctx, doc)) {
      const ids = Array.isArray(c.container.inspect.ExecIDs) ? (c.container.inspect.ExecIDs as unknown[]) : [];
      for (const exec of c.container.execs ?? []) {
        const p = (exec.ProcessConfig ?? {}) as Record<string, unknown>;
        if (p.privileged !== true) continue;
        const i = ids.indexOf(exec.ID);
        ctx.report({
          messageId: 'privileged',
          node: c.node(i >= 0 ? ['ExecIDs', i] : ['ExecIDs']),
          data: { ...who(c), command: commandOf(p) },
        });
      }
    }
  },
});

export function commandOf(p: Record<string, unknown>): string {
  const args = Array.isArray(p.arguments) ? p.arguments.map(String) : [];
  const s = [String(p.entrypoint ?? ''), ...args].join(' ').trim();
  return s.length > 80 ? `${s.slice(0, 77)}...` : s || '(no command)';
}
