import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO012',
  name: 'host-audit-containerd-config',
  section: '1.1.12',
  role: 'containerd-config',
  what: 'the containerd configuration',
  description:
    "containerd's configuration decides its runtimes, plugins and socket. It is the `--config` of the containerd dockerd started when its process is visible, else /etc/containerd/config.toml.",
});
