import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { boolFlag, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'http'>({
  id: 'CP031',
  name: 'apiserver-kubelet-https-disabled',
  source: 'controlplane',
  meta: {
    title: 'API server talks to kubelets over plain HTTP',
    severity: 'high',
    description:
      '`--kubelet-https=false` (a flag removed in Kubernetes 1.20) made the API server call kubelets over HTTP: exec sessions, logs and port-forwards, with whatever they carry, crossed the network in clear text. Default assumed: true, so only an explicit false is reported.',
    remediation: 'Remove `--kubelet-https=false`.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
      'https://kubernetes.io/docs/concepts/security/controlling-access/#api-server-to-kubelet',
    ],
    frameworks: {},
    aliases: { trivy: ['KCV-0004'], checkov: ['CKV_K8S_71'] },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    http: '{{owner}}: kube-apiserver calls kubelets over plain HTTP ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const b = boolFlag(p, 'kubelet-https', true);
      if (b?.flag && b.value !== true)
        ctx.report({
          messageId: 'http',
          node: b.flag.node,
          data: { owner: p.owner, component: p.component, flag: b.flag.text },
          evidence: b.flag.text,
        });
    });
  },
});
