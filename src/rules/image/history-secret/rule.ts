import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { maskSecrets, secretsInText, stepText } from '../shared.js';

export default defineAuditRule<ImageDoc, 'secretInStep'>({
  id: 'IM004',
  name: 'history-secret',
  source: 'image',
  meta: {
    title: 'Secret in the build history',
    severity: 'critical',
    description:
      'A build step recorded in the image history holds a secret: an ENV or ARG with a secret-named value, a build argument passed to RUN (the classic builder records `|1 TOKEN=... /bin/sh -c ...`), a value with the format of a known token, or a URL with a password. `docker history --no-trunc` shows it to anyone who can pull the image, even when a later step unsets the variable. Values are shown masked.',
    remediation:
      'Never pass secrets as ENV, ARG or --build-arg; use `RUN --mount=type=secret` (BuildKit) so they never reach the image, rebuild the image, and rotate the exposed credential.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/cli/docker/image/history/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.10'] },
    aliases: { trivy: ['DS-0031'] },
    stride: ['information-disclosure'],
  },
  messages: {
    secretInStep:
      'Build step {{step}} records {{what}} in the image history, where `docker history` shows it to anyone who can pull the image.',
  },
  check(ctx, doc) {
    for (const h of doc.history) {
      const secrets = secretsInText(h.createdBy);
      if (secrets.length === 0) continue;
      const names = [...new Set(secrets.map((s) => s.name).filter((n): n is string => n !== undefined))];
      const what =
        names.length > 0
          ? `the value of ${names.join(', ')}`
          : secrets.length === 1
            ? 'a value with the format of known tokens or a URL with a password'
            : `${secrets.length} values with the format of known tokens or URLs with passwords`;
      ctx.report({
        messageId: 'secretInStep',
        logical: imageLocation(doc, `history[${h.index}]`),
        data: { step: h.index, what },
        evidence: stepText(maskSecrets(h.createdBy, secrets), 300),
      });
    }
  },
});
