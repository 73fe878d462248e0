import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { commandOf } from '../exec-privileged/rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<EngineDoc, 'root'>({
  id: 'EN006',
  name: 'exec-as-root',
  source: 'engine',
  meta: {
    title: 'docker exec with --user root',
    severity: 'medium',
    description:
      "An exec instance the daemon still knows for a container ran with `--user root` (or uid 0), overriding the container's own non-root user. As with privileged execs, the daemon keeps exec instances only while their container runs.",
    remediation: 'Do not use `docker exec --user root` (or `-u 0`) on containers that run as another user.',
    references: ['https://docs.docker.com/reference/cli/docker/container/exec/'],
    frameworks: { 'cis-docker-1.6.0': ['5.24'] },
    aliases: { 'docker-bench': ['5.24'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    root: '{{container}} had an exec as {{user}}: {{command}}.',
  },
  check(ctx, doc) {
    for (const c of containersOf(ctx, doc)) {
      const ids = Array.isArray(c.container.inspect.ExecIDs) ? (c.container.inspect.ExecIDs as unknown[]) : [];
      for (const exec of c.container.execs ?? []) {
        const p = (exec.ProcessConfig ?? {}) as Record<string, unknown>;
        const user = String(p.user ?? '').trim();
        if (!/^(root|0)(:.*)?$/.test(user)) continue;
        const i = ids.indexOf(exec.ID);
        ctx.report({
          messageId: 'root',
          node: c.node(i >= 0 ? ['ExecIDs', i] : ['ExecIDs']),
          data: { ...who(c), user, command: commandOf(p) },
        });
      }
    }
  },
});
