import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { disabledAdmissionPlugins, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'disabled'>({
  id: 'CP012',
  name: 'apiserver-service-account-plugin-disabled',
  source: 'controlplane',
  meta: {
    title: 'API server disables the ServiceAccount admission plugin',
    severity: 'medium',
    description:
      'The ServiceAccount admission plugin gives each pod a service account and its token projection, and refuses pods that name a service account that does not exist. It is on by default; only `--disable-admission-plugins` turns it off. Default assumed: enabled, so only an explicit disable is reported (checkov CKV_K8S_82 instead requires it in `--enable-admission-plugins`, which Kubernetes 1.32 does not need).',
    remediation: 'Remove `ServiceAccount` from `--disable-admission-plugins`.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#serviceaccount',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.12'] },
    aliases: { trivy: ['KCV-0014'], kubescape: ['C-0125'], 'kube-bench': ['1.2.12'] },
    stride: ['elevation-of-privilege', 'spoofing'],
  },
  messages: {
    disabled: '{{owner}}: kube-apiserver turns off the ServiceAccount admission plugin ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const { plugins, flag } = disabledAdmissionPlugins(p);
      if (flag && plugins.includes('ServiceAccount'))
        ctx.report({
          messageId: 'disabled',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
