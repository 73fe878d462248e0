import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<EngineDoc, 'disabled' | 'disabledByDocker'>({
  id: 'EN002',
  name: 'selinux-disabled',
  source: 'engine',
  meta: {
    title: 'SELinux labelling disabled for a container',
    severity: 'medium',
    description:
      "The container runs with `label=disable` in HostConfig.SecurityOpt, so SELinux does not confine it to `container_t` and its own category pair. Docker adds `label=disable` itself to every privileged container and to every container that shares the host's PID or IPC namespace: an option in SecurityOpt is not a sign that SELinux options are set, it can be the opposite. On an engine without SELinux support and with no container that turns labelling off, the check does not apply and is skipped.",
    remediation:
      "Run the daemon with `--selinux-enabled` on SELinux hosts, remove `--security-opt label=disable`, and do not run containers privileged or in the host's PID or IPC namespace.",
    references: [
      'https://docs.docker.com/engine/containers/run/#security-configuration',
      'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/using_selinux/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.3'] },
    aliases: { 'docker-bench': ['5.3'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    disabled: '{{container}} turns SELinux labelling off (label=disable).',
    disabledByDocker:
      '{{container}} runs without SELinux labelling: Docker set label=disable because the container {{why}}.',
  },
  check(ctx, doc) {
    let found = false;
    for (const c of containersOf(ctx, doc)) {
      const label = c.runtime.selinux;
      if (label?.value !== 'disable') continue;
      found = true;
      const r = c.runtime;
      const why = r.privileged?.value
        ? 'is privileged'
        : r.hostPid?.value
          ? "shares the host's PID namespace"
          : r.hostIpc?.value
            ? "shares the host's IPC namespace"
            : undefined;
      if (why) ctx.report({ messageId: 'disabledByDocker', node: label.node, data: { ...who(c), why } });
      else ctx.report({ messageId: 'disabled', node: label.node, data: who(c) });
    }
    if (!found && !doc.daemon.selinux && doc.containers.length > 0)
      ctx.skip('the daemon runs without SELinux support (dockerd --selinux-enabled): SELinux options do not apply');
  },
});
