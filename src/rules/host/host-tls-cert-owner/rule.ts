import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO029',
  name: 'host-tls-cert-owner',
  section: '3.11',
  role: 'tls-cert',
  what: 'The Docker server certificate',
  group: 'root',
  description:
    "The server certificate named by `tlscert` identifies the daemon to its clients; replaced, it lets another server pass as this one. It is the file the daemon's configuration names (or ~/.docker/cert.pem with TLS on); skipped when the daemon does not use TLS.",
  remediation: 'Run chown root:root on the file "tlscert" (--tlscert) names.',
  stride: ['spoofing', 'tampering'],
});
