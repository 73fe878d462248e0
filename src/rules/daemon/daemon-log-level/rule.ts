import { boolSetting, type DaemonDoc, describeSetting, stringSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'verbose' | 'quiet'>({
  id: 'DM003',
  name: 'daemon-log-level',
  source: 'daemon',
  meta: {
    title: "Docker daemon log level is not 'info'",
    severity: 'low',
    description:
      'At `info` dockerd records the events an investigation needs. `warn`, `error` and `fatal` drop them; `debug` (also `-D` or `"debug": true`) floods the log and records request details, including values passed to containers. The running daemon\'s debug mode is read from `docker info` when the engine is audited live.',
    remediation: 'Remove --log-level and -D, or set "log-level": "info" and no "debug": true in daemon.json.',
    references: ['https://docs.docker.com/reference/cli/dockerd/', 'https://docs.docker.com/engine/daemon/logs/'],
    frameworks: { 'cis-docker-1.6.0': ['2.3'] },
    aliases: { 'docker-bench': ['2.3'] },
    stride: ['repudiation'],
  },
  messages: {
    verbose: 'dockerd logs at debug level ({{setting}}): the log grows fast and records request details.',
    quiet: "dockerd logs at level '{{level}}' ({{setting}}): events below it are not recorded.",
  },
  check(ctx, doc) {
    const debug = boolSetting(doc, 'debug', false, (info) =>
      typeof info.Debug === 'boolean' ? info.Debug : undefined,
    );
    if (debug.from !== 'unknown' && debug.value === true)
      return ctx.report({ messageId: 'verbose', ...at(debug), data: { setting: describeSetting(debug) } });
    const level = stringSetting(doc, 'log-level', 'info');
    if (level.from === 'unknown') return ctx.skip(level.reason);
    const value = level.value.toLowerCase();
    if (value === 'info' || value === '') return;
    ctx.report({
      messageId: value === 'debug' || value === 'trace' ? 'verbose' : 'quiet',
      ...at(level),
      data: { level: value, setting: describeSetting(level) },
    });
  },
});
