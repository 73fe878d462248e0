import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO028',
  name: 'host-tls-ca-mode',
  section: '3.10',
  role: 'tls-ca',
  what: 'The TLS CA certificate',
  max: 0o444,
  description:
    "The CA named by `tlscacert` decides which client certificates the daemon accepts: whoever can replace it can sign a certificate of their own and get root through the API (the seed's example: the CA file must be owned by root:root and not writable by others). It is the file the daemon's configuration names, or ~/.docker/ca.pem of the daemon's user when TLS is on without one; the check is skipped when the daemon does not use TLS.",
  remediation: 'Run chmod 444 on the file "tlscacert" (--tlscacert) names (or stricter).',
  stride: ['spoofing', 'tampering'],
});
