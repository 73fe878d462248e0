import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO030',
  name: 'host-tls-cert-mode',
  section: '3.12',
  role: 'tls-cert',
  what: 'The Docker server certificate',
  max: 0o444,
  description:
    "The server certificate named by `tlscert` identifies the daemon to its clients; replaced, it lets another server pass as this one. It is the file the daemon's configuration names (or ~/.docker/cert.pem with TLS on); skipped when the daemon does not use TLS.",
  remediation: 'Run chmod 444 on the file "tlscert" (--tlscert) names (or stricter).',
  stride: ['spoofing', 'tampering'],
});
