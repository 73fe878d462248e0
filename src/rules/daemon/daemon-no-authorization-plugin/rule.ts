import { type DaemonDoc, listSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'none'>({
  id: 'DM012',
  name: 'daemon-no-authorization-plugin',
  source: 'daemon',
  meta: {
    title: 'No authorization plugin controls Docker API requests',
    severity: 'medium',
    description:
      "Docker has no permissions of its own: any client that may connect to the socket may run privileged containers, read every container's environment and delete everything. An authorization plugin (OPA, Casbin, a vendor plugin) decides request by request. The plugins of the running daemon are read from `docker info` when the engine is audited live.",
    remediation:
      'Install an authorization plugin and enable it with "authorization-plugins": ["<plugin>"] in daemon.json (or --authorization-plugin).',
    references: ['https://docs.docker.com/engine/extend/plugins_authorization/'],
    frameworks: { 'cis-docker-1.6.0': ['2.12'] },
    aliases: { 'docker-bench': ['2.12'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    none: 'Every client that reaches the Docker API may do everything: no authorization plugin is enabled.',
  },
  check(ctx, doc) {
    const s = listSetting(doc, 'authorization-plugins', (info) => {
      const plugins = info.Plugins as { Authorization?: unknown } | undefined;
      if (!plugins) return undefined;
      return Array.isArray(plugins.Authorization) ? plugins.Authorization.map(String) : [];
    });
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value.length > 0) return;
    ctx.report({ messageId: 'none', ...at(s) });
  },
});
