import { boolSetting, type DaemonDoc, describeSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'on'>({
  id: 'DM016',
  name: 'daemon-userland-proxy-enabled',
  source: 'daemon',
  meta: {
    title: 'Published ports go through the userland proxy',
    severity: 'low',
    description:
      "With the userland proxy on (the default), dockerd starts a `docker-proxy` process for every published port: more root processes listening on the host, and traffic that reaches containers with the proxy's address instead of the client's. With it off, iptables rules (hairpin NAT) do the forwarding. `docker info` does not show this setting, so it is read from daemon.json and the command line.",
    remediation: 'Set "userland-proxy": false in daemon.json (or --userland-proxy=false).',
    references: [
      'https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-on-a-router',
      'https://docs.docker.com/reference/cli/dockerd/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['2.16'] },
    aliases: { 'docker-bench': ['2.16'] },
    stride: ['elevation-of-privilege', 'denial-of-service'],
  },
  messages: {
    on: 'A root docker-proxy process listens for every published port ({{setting}}).',
  },
  check(ctx, doc) {
    const s = boolSetting(doc, 'userland-proxy', true);
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value === false) return;
    ctx.report({ messageId: 'on', ...at(s), data: { setting: describeSetting(s) } });
  },
});
