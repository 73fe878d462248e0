import { type DaemonDoc, describeSetting, securityOptions, stringSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

function configured(doc: DaemonDoc): string | undefined {
  const v = doc.json?.value['userns-remap'] ?? doc.command?.flags.get('userns-remap')?.value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export default defineAuditRule<DaemonDoc, 'off'>({
  id: 'DM009',
  name: 'daemon-userns-remap-disabled',
  source: 'daemon',
  meta: {
    title: 'Containers run without user namespace remapping',
    severity: 'medium',
    description:
      'Without `userns-remap`, root in a container is root on the host: a process that escapes its container, or writes to a bind-mounted host path, does so as uid 0. With it, container uids map to an unprivileged range of the host. A rootless daemon already runs in a user namespace and passes. When the engine is audited live, `docker info` (security option `name=userns`) says what the running daemon does.',
    remediation:
      'Set "userns-remap": "default" in daemon.json (dockerd creates the dockremap user and its /etc/subuid and /etc/subgid ranges), then recreate the containers; use --userns=host only for the containers that need it.',
    references: ['https://docs.docker.com/engine/security/userns-remap/'],
    frameworks: { 'cis-docker-1.6.0': ['2.9'] },
    aliases: { 'docker-bench': ['2.9'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    off: 'Container root is root on the host: user namespace remapping is off ({{setting}}).',
  },
  check(ctx, doc) {
    if (doc.rootless) return;
    const s = stringSetting(doc, 'userns-remap', '', (info) => {
      if (!Array.isArray(info.SecurityOptions)) return undefined;
      const on = securityOptions(info).some((o) => o.name === 'userns');
      // The running daemon says whether it remaps; keep the configured name when it does.
      return on ? (configured(doc) ?? 'on') : '';
    });
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value !== '') return;
    ctx.report({ messageId: 'off', ...at(s), data: { setting: describeSetting(s, 'no remapping') } });
  },
});
