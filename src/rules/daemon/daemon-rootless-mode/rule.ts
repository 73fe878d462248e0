import type { DaemonDoc } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DaemonDoc, never>({
  id: 'DM001',
  name: 'daemon-rootless-mode',
  source: 'daemon',
  meta: {
    title: 'Docker daemon runs as root',
    severity: 'info',
    description:
      'A rootful dockerd and everything it starts run as root on the host: a container escape or a client with API access is root. Rootless mode runs the daemon and its containers inside a user namespace of an unprivileged user. The rule recognises rootless mode (`docker info` security option `name=rootless`, or `--rootless`) and passes it; for a root daemon the choice is left to a person, as CIS assesses it manually ("if possible"). The host rules expect a rootless daemon\'s files to belong to its user, not root.',
    remediation:
      'Where the workloads allow it (no privileged containers, no ports below 1024, no AppArmor or overlay limits in the way), run dockerd in rootless mode (dockerd-rootless-setuptool.sh install).',
    references: ['https://docs.docker.com/engine/security/rootless/'],
    frameworks: { 'cis-docker-1.6.0': ['2.1'] },
    aliases: { 'docker-bench': ['2.1'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {},
  check(ctx, doc) {
    if (doc.rootless) return;
    ctx.manual(
      doc.info || doc.command
        ? 'dockerd runs as root: decide whether rootless mode fits these workloads (CIS 2.1 is assessed manually)'
        : 'whether dockerd runs rootless is not shown (no docker info, no command line): check it by hand',
    );
  },
});
