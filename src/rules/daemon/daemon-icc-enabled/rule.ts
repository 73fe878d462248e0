import { boolSetting, type DaemonDoc, describeSetting, stringSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'open'>({
  id: 'DM002',
  name: 'daemon-icc-enabled',
  source: 'daemon',
  meta: {
    title: 'Containers on the default bridge can reach each other',
    severity: 'medium',
    description:
      "With inter-container communication on (the default), every container on the default bridge network can reach every port of every other one, so one compromised container can probe and attack its neighbours. The setting only concerns the default bridge: a daemon started with `--bridge=none` has none, and the check is skipped there (docker-bench warns anyway). What the running daemon does is read from the bridge network's `com.docker.network.bridge.enable_icc` option when the engine is audited live.",
    remediation:
      'Set "icc": false in daemon.json (or --icc=false; it needs iptables) and connect containers that must talk through user-defined networks.',
    references: [
      'https://docs.docker.com/engine/network/drivers/bridge/',
      'https://docs.docker.com/reference/cli/dockerd/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['2.2'] },
    aliases: { 'docker-bench': ['2.2'] },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    open: 'Containers on the default bridge may reach each other on any port ({{setting}}).',
  },
  check(ctx, doc) {
    const bridge = stringSetting(doc, 'bridge', '');
    if (doc.bridge === null || (bridge.from !== 'unknown' && bridge.value === 'none'))
      return ctx.skip('the daemon has no default bridge network (--bridge=none), so icc has nothing to govern');
    const icc = boolSetting(doc, 'icc', true, () => {
      const v = doc.bridge?.Options?.['com.docker.network.bridge.enable_icc'];
      return v === undefined ? undefined : v === 'true';
    });
    if (icc.from === 'unknown') return ctx.skip(icc.reason);
    if (icc.value === false) return;
    ctx.report({ messageId: 'open', ...at(icc), data: { setting: describeSetting(icc, 'true') } });
  },
});
