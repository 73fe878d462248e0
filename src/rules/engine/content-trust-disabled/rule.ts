import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { parseBool } from '../helpers.js';

export default defineAuditRule<EngineDoc, 'unset' | 'off'>({
  id: 'EN008',
  name: 'content-trust-disabled',
  source: 'engine',
  meta: {
    title: 'Docker content trust is not enabled',
    severity: 'medium',
    description:
      'DOCKER_CONTENT_TRUST is not set to a true value in the environment the audit runs in. Content trust is a setting of the docker client: with it, `docker pull`, `push`, `build`, `create` and `run` only accept signed image tags. The audit reads the variable of its own environment, so run it as (and where) the users of the engine run docker.',
    remediation:
      'Set `DOCKER_CONTENT_TRUST=1` for every user and job that runs docker (for example in /etc/environment).',
    references: ['https://docs.docker.com/engine/security/trust/'],
    frameworks: { 'cis-docker-1.6.0': ['4.5'] },
    aliases: { dockle: ['CIS-DI-0005'], 'docker-bench': ['4.5'] },
    stride: ['tampering', 'spoofing'],
  },
  messages: {
    unset: 'DOCKER_CONTENT_TRUST is not set: the docker client pulls and runs unsigned images.',
    off: 'DOCKER_CONTENT_TRUST is {{value}}: the docker client pulls and runs unsigned images.',
  },
  check(ctx, doc) {
    const value = doc.snapshot.client.contentTrust;
    const logical = { kind: 'host' as const, name: 'client environment', path: 'DOCKER_CONTENT_TRUST' };
    if (value === undefined) ctx.report({ messageId: 'unset', logical });
    else if (parseBool(value) !== true)
      ctx.report({ messageId: 'off', logical, data: { value: JSON.stringify(value) } });
  },
});
