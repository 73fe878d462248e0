import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, hostPathsOf, isRuntimeSocket } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'socket'>({
  id: 'RT021',
  name: 'container-runtime-socket',
  source: 'runtime',
  meta: {
    title: 'Container runtime socket mounted',
    severity: 'critical',
    description:
      "The Docker (or containerd, CRI-O, Podman) socket is mounted into the container. Whoever can talk to it can start a privileged container with the host's root filesystem mounted, so the mount is root on the host, and `readOnly` does not help: the socket is an API, not a file. It also gives access to every other container's environment, files and logs. Pod Security Standards: baseline (no hostPath volumes).",
    remediation:
      'Remove the socket mount. Build images with a daemonless builder (BuildKit rootless, kaniko, buildah); read container metadata from the Kubernetes API; if a monitoring agent truly needs the socket, run it as a reviewed node component and suppress the finding with the reason.',
    references: [
      'https://docs.docker.com/engine/security/#docker-daemon-attack-surface',
      'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.32'], 'cis-kubernetes-1.12.0': ['5.2.11'] },
    aliases: {
      trivy: ['KSV-0006'],
      checkov: ['CKV_K8S_27'],
      kubesec: ['DockerSock'],
      kubescape: ['C-0074'],
      'docker-bench': ['5.32'],
      kics: ['docker_socket_mounted_in_container'],
    },
    stride: ['elevation-of-privilege', 'tampering', 'information-disclosure'],
  },
  messages: {
    socket: '{{owner}}: mounts the container runtime socket {{path}}: that is root on the host.',
  },
  check(ctx, doc) {
    for (const h of hostPathsOf(containersOf(ctx, doc)))
      if (isRuntimeSocket(h.path))
        ctx.report({ messageId: 'socket', node: h.node, data: { owner: h.owner, path: h.path } });
  },
});
