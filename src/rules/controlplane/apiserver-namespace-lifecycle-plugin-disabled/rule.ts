import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { disabledAdmissionPlugins, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'disabled'>({
  id: 'CP013',
  name: 'apiserver-namespace-lifecycle-plugin-disabled',
  source: 'controlplane',
  meta: {
    title: 'API server disables the NamespaceLifecycle admission plugin',
    severity: 'medium',
    description:
      'NamespaceLifecycle refuses new objects in a namespace being deleted and protects the `default`, `kube-system` and `kube-public` namespaces from deletion. It is on by default; only `--disable-admission-plugins` turns it off. Default assumed: enabled, so only an explicit disable is reported (checkov CKV_K8S_83 instead requires it in `--enable-admission-plugins`).',
    remediation: 'Remove `NamespaceLifecycle` from `--disable-admission-plugins`.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#namespacelifecycle',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.13'] },
    aliases: { trivy: ['KCV-0015'], kubescape: ['C-0126'], 'kube-bench': ['1.2.13'] },
    stride: ['tampering', 'denial-of-service'],
  },
  messages: {
    disabled: '{{owner}}: kube-apiserver turns off the NamespaceLifecycle admission plugin ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const { plugins, flag } = disabledAdmissionPlugins(p);
      if (flag && plugins.includes('NamespaceLifecycle'))
        ctx.report({
          messageId: 'disabled',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
