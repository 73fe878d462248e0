import type { HostDoc } from '../../../sources/host/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<HostDoc, 'untrusted'>({
  id: 'HO002',
  name: 'host-docker-group-members',
  source: 'host',
  meta: {
    title: 'An untrusted user controls the Docker daemon',
    severity: 'high',
    description:
      "Members of the group that owns the Docker socket (`--group`, `docker` by default) can start a privileged container with the host's root file system mounted: membership is root on the host. Members are read from the host's own /etc/group, including users whose primary group it is (`getent group` lists neither those nor anything when run from a container). With `--trusted-docker-user` (the trusted list, as docker-bench's -u) every other member is reported; without it the members are listed for a person to confirm.",
    remediation:
      'Remove users who do not administer the host: gpasswd -d USER docker. Give others access through a tool that limits what they may do (an authorization plugin, rootless Docker per user).',
    references: ['https://docs.docker.com/engine/security/#docker-daemon-attack-surface'],
    frameworks: { 'cis-docker-1.6.0': ['1.1.2'] },
    aliases: { 'docker-bench': ['1.1.2'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    untrusted: '{{user}} is in the {{group}} group and so controls the Docker daemon, but is not a trusted user.',
  },
  check(ctx, doc) {
    if (doc.owner.rootless)
      return ctx.skip(`the daemon is rootless: its socket belongs to ${doc.owner.user}, not to a group`);
    const group = doc.dockerGroup;
    if (group.gid === undefined || group.members.length === 0) return;
    const trusted = ctx.options.trustedDockerUsers;
    if (!trusted) {
      return ctx.manual(
        `${group.members.join(', ')} ${group.members.length > 1 ? 'are' : 'is'} in the ${group.name} group (root on the host): confirm each is trusted, or name the trusted users with --trusted-docker-user`,
      );
    }
    for (const user of group.members) {
      if (trusted.includes(user)) continue;
      ctx.report({
        messageId: 'untrusted',
        logical: { kind: 'host', name: '/etc/group', path: `${group.name}/${user}` },
        data: { user, group: group.name },
        evidence: `${group.name}:x:${group.gid}:${group.members.join(',')}`,
      });
    }
  },
});
