import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO032',
  name: 'host-tls-key-mode',
  section: '3.14',
  role: 'tls-key',
  what: 'The Docker server key',
  max: 0o400,
  description:
    "The server key named by `tlskey` proves the daemon's identity: whoever reads it can impersonate the daemon to every client. It is the file the daemon's configuration names (or ~/.docker/key.pem with TLS on); skipped when the daemon does not use TLS.",
  remediation: 'Run chmod 400 on the file "tlskey" (--tlskey) names (or stricter).',
  stride: ['spoofing', 'information-disclosure', 'tampering'],
});
