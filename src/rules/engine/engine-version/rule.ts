import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { daemonAt } from '../helpers.js';
import { judgeVersion, type VersionVerdict } from './versions.js';

export default defineAuditRule<EngineDoc, 'outdated' | 'unsupported'>({
  id: 'EN009',
  name: 'engine-version',
  source: 'engine',
  meta: {
    title: 'Docker Engine, runc or docker CLI older than a known security fix',
    severity: 'high',
    description:
      "The engine, its runc, or the docker CLI on PATH is an upstream release older than the first release of its line that fixes a known vulnerability, or of a line that never got the fix. The table of minimum versions is data in `versions.ts`; it is short on purpose and lists only fixes that matter to the isolation of containers or to credentials. A version with a distribution suffix (`20.10.24+dfsg1`, `1.1.5+ds1`, `-0ubuntu1`) may carry backported fixes, so it cannot be judged from its number: the check is then left to a person (manual), to be settled with the distribution's security tracker.",
    remediation:
      "Upgrade Docker Engine, containerd/runc and the docker CLI to a maintained release (or to the distribution's patched package) and keep them updated.",
    references: [
      'https://docs.docker.com/engine/release-notes/',
      'https://github.com/moby/moby/security/advisories/GHSA-v23v-6jw2-98fq',
      'https://github.com/opencontainers/runc/security/advisories/GHSA-xr7r-f8xq-vfvv',
    ],
    frameworks: { 'cis-docker-1.6.0': ['1.2.2'] },
    aliases: {},
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    outdated: '{{component}} {{version}} is older than {{minimum}}, the first {{line}} release that fixes {{fix}}.',
    unsupported:
      '{{component}} {{version}}: the {{line}} line never got the fix for {{fix}}; upgrade to {{minimum}} or later.',
  },
  check(ctx, doc) {
    const version = doc.snapshot.version ?? {};
    const components = Array.isArray(version.Components) ? (version.Components as Record<string, unknown>[]) : [];
    const componentVersion = (name: string) =>
      components.find((c) => String(c.Name).toLowerCase() === name.toLowerCase())?.Version;
    const checks: { component: 'engine' | 'runc' | 'cli'; label: string; version: unknown; path: string }[] = [
      { component: 'engine', label: 'Docker Engine', version: version.Version, path: 'Version' },
      { component: 'runc', label: 'runc', version: componentVersion('runc'), path: 'Components.runc' },
      { component: 'cli', label: 'docker CLI', version: doc.snapshot.client.cliVersion, path: 'DOCKER CLI' },
    ];
    const unknown: string[] = [];
    let judged = 0;
    let reported = 0;
    for (const c of checks) {
      if (typeof c.version !== 'string' || !c.version) continue;
      const verdict: VersionVerdict = judgeVersion(c.component, c.version);
      const logical =
        c.component === 'cli' ? { kind: 'host' as const, name: 'docker CLI', path: 'version' } : daemonAt(doc, c.path);
      if (verdict.state === 'unknown') unknown.push(`${c.label} ${c.version} (${verdict.reason})`);
      else judged++;
      if (verdict.state === 'outdated' || verdict.state === 'unsupported') {
        reported++;
        ctx.report({
          messageId: verdict.state,
          logical,
          data: {
            component: c.label,
            version: c.version,
            minimum: verdict.minimum,
            line: verdict.line,
            fix: verdict.fix,
          },
        });
      }
    }
    // One part that cannot be judged leaves the control to a person, unless another part already fails it.
    if (unknown.length > 0 && reported === 0)
      ctx.manual(`cannot be judged from the version: ${unknown.join('; ')}; check the vendor's security tracker`);
    else if (judged === 0) ctx.skip('the engine reported no version');
  },
});
