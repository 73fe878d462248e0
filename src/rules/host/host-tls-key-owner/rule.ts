import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO031',
  name: 'host-tls-key-owner',
  section: '3.13',
  role: 'tls-key',
  what: 'The Docker server key',
  group: 'root',
  description:
    "The server key named by `tlskey` proves the daemon's identity: whoever reads it can impersonate the daemon to every client. It is the file the daemon's configuration names (or ~/.docker/key.pem with TLS on); skipped when the daemon does not use TLS.",
  remediation: 'Run chown root:root on the file "tlskey" (--tlskey) names.',
  stride: ['spoofing', 'information-disclosure', 'tampering'],
});
