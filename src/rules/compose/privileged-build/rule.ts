import type { ComposeDoc } from '../../../sources/compose/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<ComposeDoc, 'privileged' | 'insecure'>({
  id: 'CO004',
  name: 'privileged-build',
  source: 'compose',
  meta: {
    title: 'Image built with elevated privileges',
    severity: 'high',
    description: [
      '`build.privileged: true` and the `security.insecure` entitlement let the `RUN` steps of the build run privileged (`RUN --security=insecure`): every capability, the host devices, no seccomp or AppArmor. Whatever a build step executes (a package install script, a downloaded tool, a compromised base image) then runs with root on the build host, and can tamper with the builder and everything it builds next.',
      'The runtime rule RT001 covers `privileged: true` on the service; this rule covers the build, which a runtime record cannot see. KICS labels its `privileged_containers_enabled` fixture with `privileged` under `build:` as positive; the two rules together agree with it.',
    ].join('\n\n'),
    remediation:
      'Remove `build.privileged` and the `security.insecure` entitlement; give a build step what it needs with BuildKit mounts (`RUN --mount=type=cache`, `--mount=type=secret`) instead.',
    references: [
      'https://docs.docker.com/reference/compose-file/build/#privileged',
      'https://docs.docker.com/reference/compose-file/build/#entitlements',
      'https://docs.docker.com/reference/dockerfile/#run---security',
    ],
    frameworks: {},
    aliases: { kics: ['privileged_containers_enabled'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    privileged:
      'service {{service}} is built with elevated privileges (build.privileged): build steps run as root on the build host.',
    insecure:
      'service {{service}} grants its build the security.insecure entitlement: RUN --security=insecure steps run privileged on the build host.',
  },
  check(ctx, doc) {
    const built = doc.services.filter((s) => s.tree.entries.get('build')?.kind === 'map');
    if (built.length === 0) {
      ctx.skip('no service is built by the project');
      return;
    }
    for (const s of built) {
      const build = s.value.build as Record<string, unknown>;
      const privileged = build.privileged;
      if (privileged === true || privileged === 'true') {
        ctx.report({ messageId: 'privileged', node: s.at(['build', 'privileged'], 'key'), data: { service: s.name } });
      }
      const entitlements = Array.isArray(build.entitlements) ? build.entitlements : [];
      entitlements.forEach((e, i) => {
        if (e === 'security.insecure') {
          ctx.report({ messageId: 'insecure', node: s.at(['build', 'entitlements', i]), data: { service: s.name } });
        }
      });
    }
  },
});
