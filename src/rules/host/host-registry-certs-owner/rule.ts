import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO025',
  name: 'host-registry-certs-owner',
  section: '3.7',
  role: 'registry-certs',
  what: 'A registry certificate',
  group: 'root',
  description:
    'The files under /etc/docker/certs.d/<registry>/ decide which registries the daemon trusts and hold client keys for them: a replaced CA lets a man in the middle serve images, a readable key lets anyone push as this host. Every file under certs.d is judged.',
  remediation: 'Run chown root:root on each file under /etc/docker/certs.d/.',
  stride: ['spoofing', 'tampering'],
});
