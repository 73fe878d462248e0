import { type DaemonDoc, listSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

/** `nofile=1024:2048` (a flag) or `nofile={"Name":"nofile","Soft":1024,"Hard":2048}` (daemon.json). */
function parseUlimit(text: string): { name: string; soft?: number; hard?: number } {
  const eq = text.indexOf('=');
  const name = eq < 0 ? text : text.slice(0, eq);
  const value = eq < 0 ? '' : text.slice(eq + 1);
  if (value.startsWith('{')) {
    try {
      const v = JSON.parse(value) as { Soft?: number; Hard?: number };
      return { name, soft: v.Soft, hard: v.Hard };
    } catch {
      return { name };
    }
  }
  const [soft, hard = soft] = value.split(':');
  return {
    name,
    soft: soft === undefined ? undefined : Number(soft),
    hard: hard === undefined ? undefined : Number(hard),
  };
}

/** Limits that bound what one container can take from the whole host. */
const HOST_WIDE = new Set(['nofile', 'nproc']);

export default defineAuditRule<DaemonDoc, 'unlimited'>({
  id: 'DM008',
  name: 'daemon-default-ulimits',
  source: 'daemon',
  meta: {
    title: 'Default container ulimits are unlimited or unset',
    severity: 'low',
    description:
      'Without `default-ulimits` containers inherit the limits dockerd itself runs with, which on many distributions are unlimited (`LimitNOFILE=infinity` in docker.service): a fork bomb or a descriptor leak in one container exhausts the host. A default of -1 (unlimited) for `nofile` or `nproc` is reported; otherwise the values are left to a person to judge, as CIS assesses this control manually.',
    remediation:
      'Set defaults that suit the workloads, for example "default-ulimits": {"nofile": {"Name": "nofile", "Soft": 64000, "Hard": 64000}} (or --default-ulimit nofile=64000:64000), and raise them per container where needed.',
    references: ['https://docs.docker.com/reference/cli/dockerd/#default-ulimit'],
    frameworks: { 'cis-docker-1.6.0': ['2.8'] },
    aliases: { 'docker-bench': ['2.8'] },
    stride: ['denial-of-service'],
  },
  messages: {
    unlimited: 'The default {{name}} limit for containers is unlimited ({{written}}).',
  },
  check(ctx, doc) {
    const s = listSetting(doc, 'default-ulimits');
    if (s.from === 'unknown') return ctx.skip(s.reason);
    let open = false;
    for (const item of s.value) {
      const u = parseUlimit(item.text);
      if (HOST_WIDE.has(u.name) && (u.soft === -1 || u.hard === -1)) {
        open = true;
        ctx.report({ messageId: 'unlimited', ...at(item), data: { name: u.name, written: item.written } });
      }
    }
    if (open) return;
    ctx.manual(
      s.value.length === 0
        ? "no default ulimits: containers inherit dockerd's own limits; judge whether they fit (CIS 2.8 is assessed manually)"
        : `default ulimits ${s.value.map((i) => i.text).join(', ')}: judge whether they fit the workloads (CIS 2.8 is assessed manually)`,
    );
  },
});
