import { boolSetting, type DaemonDoc, describeSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'allowed'>({
  id: 'DM014',
  name: 'daemon-new-privileges-allowed',
  source: 'daemon',
  meta: {
    title: 'Containers may gain new privileges by default',
    severity: 'medium',
    description:
      'Unless a container sets `no-new-privileges` itself, a process in it can gain privileges through setuid and setgid binaries or file capabilities. `"no-new-privileges": true` makes that the default for every container the daemon starts. `docker info` does not show this setting, so it is read from daemon.json and the command line.',
    remediation: 'Set "no-new-privileges": true in daemon.json (or --no-new-privileges).',
    references: ['https://docs.docker.com/reference/cli/dockerd/#no-new-privileges'],
    frameworks: { 'cis-docker-1.6.0': ['2.14'] },
    aliases: { 'docker-bench': ['2.14'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    allowed: 'Processes in containers may gain privileges through setuid binaries ({{setting}}).',
  },
  check(ctx, doc) {
    const s = boolSetting(doc, 'no-new-privileges', false);
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value === true) return;
    ctx.report({ messageId: 'allowed', ...at(s), data: { setting: describeSetting(s) } });
  },
});
