import { boolSetting, type DaemonDoc, describeSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'off'>({
  id: 'DM004',
  name: 'daemon-iptables-disabled',
  source: 'daemon',
  meta: {
    title: 'Docker may not manage iptables',
    severity: 'medium',
    description:
      'With `--iptables=false` dockerd writes no firewall rules: published ports, the isolation between networks and `icc=false` all depend on rules someone maintains by hand, and usually nobody does.',
    remediation: 'Remove "iptables": false from daemon.json and --iptables=false from the command line.',
    references: ['https://docs.docker.com/engine/network/packet-filtering-firewalls/'],
    frameworks: { 'cis-docker-1.6.0': ['2.4'] },
    aliases: { 'docker-bench': ['2.4'] },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    off: 'dockerd does not manage iptables ({{setting}}): network isolation between containers is not enforced.',
  },
  check(ctx, doc) {
    const s = boolSetting(doc, 'iptables', true);
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value !== false) return;
    ctx.report({ messageId: 'off', ...at(s), data: { setting: describeSetting(s) } });
  },
});
