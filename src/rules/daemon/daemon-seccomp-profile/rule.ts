import { type DaemonDoc, describeSetting, securityOptions, stringSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'unconfined' | 'unavailable'>({
  id: 'DM017',
  name: 'daemon-seccomp-profile',
  source: 'daemon',
  meta: {
    title: 'The daemon-wide seccomp profile is disabled or not reviewed',
    severity: 'high',
    description:
      'The seccomp profile filters the system calls containers may make; Docker\'s default blocks about 44 of them (keyctl, mount, ptrace of other processes, kernel module loading). `"seccomp-profile": "unconfined"` turns the filter off for every container, and a daemon without seccomp support (no `name=seccomp` in `docker info`) cannot filter at all: both are reported. Whether the default profile or a custom one fits the workloads is left to a person, as CIS assesses this control manually; a custom profile passes.',
    remediation:
      'Remove "seccomp-profile": "unconfined"; keep the default profile, or set "seccomp-profile" to a reviewed custom profile file.',
    references: ['https://docs.docker.com/engine/security/seccomp/'],
    frameworks: { 'cis-docker-1.6.0': ['2.17'] },
    aliases: { 'docker-bench': ['2.17'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    unconfined: 'Containers run without a seccomp filter ({{setting}}).',
    unavailable: 'The daemon does not filter system calls: docker info lists no seccomp security option.',
  },
  check(ctx, doc) {
    const options = doc.info ? securityOptions(doc.info) : undefined;
    const running = options?.find((o) => o.name === 'seccomp');
    if (options && !running)
      return ctx.report({
        messageId: 'unavailable',
        logical: { kind: 'daemon', name: doc.name, path: 'seccomp-profile' },
      });
    const s = stringSetting(doc, 'seccomp-profile', '', () => running?.profile);
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value === 'unconfined')
      return ctx.report({ messageId: 'unconfined', ...at(s), data: { setting: describeSetting(s) } });
    if (s.value === '' || s.value === 'default' || s.value === 'builtin')
      ctx.manual(
        "containers get Docker's default seccomp profile: judge whether it fits (CIS 2.17 is assessed manually)",
      );
  },
});
