import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO005',
  name: 'host-audit-data-root',
  section: '1.1.5',
  role: 'data-root',
  what: "Docker's data root",
  description:
    'The data root holds every image, container file system and volume. It is the one the daemon reports (`docker info` DockerRootDir, `--data-root`), not a fixed /var/lib/docker: docker-bench reports 1.1.5 "not found" for a daemon whose data root is elsewhere.',
});
