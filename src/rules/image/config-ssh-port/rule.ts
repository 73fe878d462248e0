import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<ImageDoc, 'sshPort'>({
  id: 'IM005',
  name: 'config-ssh-port',
  source: 'image',
  meta: {
    title: 'Image exposes the SSH port',
    severity: 'medium',
    description:
      "The image config exposes port 22, a sign that the image runs an SSH server. An SSH daemon in a container is one more service to patch and one more way in, with its own keys and accounts, that sidesteps `docker exec` and the engine's access control and audit trail.",
    remediation: 'Remove the SSH server and `EXPOSE 22`; use `docker exec` (or `kubectl exec`) for interactive access.',
    references: ['https://docs.docker.com/reference/dockerfile/#expose'],
    frameworks: { 'cis-docker-1.6.0': ['5.7'] },
    aliases: { trivy: ['DS-0004'], checkov: ['CKV_DOCKER_1'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    sshPort: 'The image exposes port {{port}}, the SSH port: an SSH server in a container sidesteps docker exec.',
  },
  check(ctx, doc) {
    for (const port of Object.keys(doc.config.ExposedPorts ?? {})) {
      if (!/^22(\/tcp)?$/i.test(port)) continue;
      ctx.report({ messageId: 'sshPort', logical: imageLocation(doc, `config.ExposedPorts.${port}`), data: { port } });
    }
  },
});
