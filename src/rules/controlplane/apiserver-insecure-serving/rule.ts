import type { ControlPlaneDoc, Flag } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, isLoopback } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'insecurePort' | 'insecureBind' | 'securePortOff'>({
  id: 'CP030',
  name: 'apiserver-insecure-serving',
  source: 'controlplane',
  meta: {
    title: 'API server serves plain HTTP or no HTTPS',
    severity: 'critical',
    description:
      'Before Kubernetes 1.20 `--insecure-port` (8080 by default on localhost) served the whole API over HTTP with no authentication or authorization, and `--insecure-bind-address` could expose it to the network; `--secure-port=0` turns HTTPS off. These flags are gone from current releases but live on in older manifests. Reported: a non-zero `--insecure-port`, a non-loopback `--insecure-bind-address` (unless the insecure port is 0), and `--secure-port=0`. Default assumed: Kubernetes 1.32, where an absent flag means no insecure port.',
    remediation:
      'Remove `--insecure-port` and `--insecure-bind-address` (or set `--insecure-port=0` on old releases) and keep `--secure-port` at 6443.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
      'https://github.com/kubernetes/kubernetes/pull/95856',
    ],
    frameworks: {},
    aliases: { trivy: ['KCV-0017'], checkov: ['CKV_K8S_86', 'CKV_K8S_88', 'CKV_K8S_89'] },
    stride: ['spoofing', 'elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    insecurePort: '{{owner}}: kube-apiserver serves the API over HTTP without authentication ({{flag}}).',
    insecureBind: '{{owner}}: kube-apiserver exposes its unauthenticated HTTP port beyond the node ({{flag}}).',
    securePortOff: '{{owner}}: kube-apiserver serves no HTTPS ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const report = (messageId: 'insecurePort' | 'insecureBind' | 'securePortOff', flag: Flag) =>
        ctx.report({ messageId, node: flag.node, data: { owner: p.owner, flag: flag.text }, evidence: flag.text });
      const port = p.flags.get('insecure-port');
      const bind = p.flags.get('insecure-bind-address');
      const secure = p.flags.get('secure-port');
      if (port && port.value !== undefined && Number(port.value) > 0) report('insecurePort', port);
      if (bind?.value && !isLoopback(bind.value) && port?.value?.trim() !== '0') report('insecureBind', bind);
      if (secure?.value?.trim() === '0') report('securePortOff', secure);
    });
  },
});
