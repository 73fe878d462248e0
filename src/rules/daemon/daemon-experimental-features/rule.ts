import { boolSetting, type DaemonDoc, describeSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'on'>({
  id: 'DM018',
  name: 'daemon-experimental-features',
  source: 'daemon',
  meta: {
    title: 'Experimental daemon features are enabled',
    severity: 'low',
    description:
      "Experimental features have not been through Docker's stability and security review and may change or disappear between releases. The running daemon's setting is read from `docker info` (ExperimentalBuild) when the engine is audited live.",
    remediation: 'Remove "experimental": true from daemon.json (and --experimental) on production hosts.',
    references: ['https://docs.docker.com/reference/cli/dockerd/#daemon-configuration-file'],
    frameworks: { 'cis-docker-1.6.0': ['2.18'] },
    aliases: { 'docker-bench': ['2.18'] },
    stride: ['tampering', 'denial-of-service'],
  },
  messages: {
    on: 'Experimental features are enabled ({{setting}}).',
  },
  check(ctx, doc) {
    const s = boolSetting(doc, 'experimental', false, (info) =>
      typeof info.ExperimentalBuild === 'boolean' ? info.ExperimentalBuild : undefined,
    );
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value !== true) return;
    ctx.report({ messageId: 'on', ...at(s), data: { setting: describeSetting(s) } });
  },
});
