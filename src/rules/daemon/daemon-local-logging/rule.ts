import { type DaemonDoc, describeSetting, stringSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

/** Drivers that keep logs only on this host, or nowhere. */
const LOCAL = new Set(['json-file', 'local', 'none', '']);

export default defineAuditRule<DaemonDoc, 'local'>({
  id: 'DM013',
  name: 'daemon-local-logging',
  source: 'daemon',
  meta: {
    title: 'Container logs stay on the host',
    severity: 'low',
    description:
      "With the `json-file` (default), `local` or `none` log driver, container logs live only on the host, where an attacker who gets root deletes them and a lost host takes them along. A driver that ships them elsewhere (syslog, journald forwarding, gelf, fluentd, splunk, awslogs, gcplogs, a logging plugin) keeps a record outside the attacker's reach. The driver in use is read from `docker info` when the engine is audited live. docker-bench only warns on `json-file`: `local` and `none` pass there.",
    remediation:
      'Set "log-driver" in daemon.json to a driver that forwards (for example "syslog" with "log-opts": {"syslog-address": "tcp+tls://logs.example:6514"}), or collect the json-file logs with an agent and record that decision.',
    references: ['https://docs.docker.com/engine/logging/configure/'],
    frameworks: { 'cis-docker-1.6.0': ['2.13'] },
    aliases: { 'docker-bench': ['2.13'] },
    stride: ['repudiation'],
  },
  messages: {
    local: 'Container logs are kept only on this host ({{setting}}).',
  },
  check(ctx, doc) {
    const s = stringSetting(doc, 'log-driver', 'json-file', (info) =>
      typeof info.LoggingDriver === 'string' ? info.LoggingDriver : undefined,
    );
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (!LOCAL.has(s.value)) return;
    ctx.report({
      messageId: 'local',
      ...at(s),
      data: { setting: describeSetting(s, 'json-file') },
    });
  },
});
