import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO026',
  name: 'host-registry-certs-mode',
  section: '3.8',
  role: 'registry-certs',
  what: 'A registry certificate',
  max: 0o444,
  description:
    'The files under /etc/docker/certs.d/<registry>/ decide which registries the daemon trusts and hold client keys for them: a replaced CA lets a man in the middle serve images, a readable key lets anyone push as this host. Every file under certs.d is judged.',
  remediation: 'Run chmod 444 on each file under /etc/docker/certs.d/ (or stricter).',
  stride: ['spoofing', 'tampering'],
});
