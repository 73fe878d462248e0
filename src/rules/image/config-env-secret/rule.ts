import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { maskedSetting, secretSetting } from '../shared.js';

export default defineAuditRule<ImageDoc, 'secretEnv'>({
  id: 'IM003',
  name: 'config-env-secret',
  source: 'image',
  meta: {
    title: 'Secret in the image environment',
    severity: 'critical',
    description:
      'An environment variable of the image config holds a secret: its name marks it as a password, token or key, its value has the format of a known credential (AWS, GitHub, Slack, Stripe, Google, JWT...), or it is a URL with a password. The config travels with every copy of the image: anyone who can pull it reads the secret with `docker inspect`. Values are shown masked.',
    remediation:
      'Remove the secret from ENV and ARG; pass it at run time from a secret store (Docker or Kubernetes secrets, mounted files), or at build time with `RUN --mount=type=secret`. Rotate the exposed credential.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0010',
    ],
    frameworks: { design: ['secrets-management'], 'cis-docker-1.6.0': ['4.10'] },
    aliases: { dockle: ['CIS-DI-0010'], trivy: ['DS-0031'] },
    stride: ['information-disclosure'],
  },
  messages: {
    secretEnv:
      'The image config sets {{name}}, whose value is a secret ({{reason}}): anyone who can pull the image can read it.',
  },
  check(ctx, doc) {
    (doc.config.Env ?? []).forEach((entry, i) => {
      const eq = entry.indexOf('=');
      const name = eq < 0 ? entry : entry.slice(0, eq);
      const value = eq < 0 ? '' : entry.slice(eq + 1);
      const reason = secretSetting(name, value);
      if (!reason) return;
      ctx.report({
        messageId: 'secretEnv',
        logical: imageLocation(doc, `config.Env[${i}]`),
        data: { name, reason },
        evidence: maskedSetting(name, value),
      });
    });
  },
});
