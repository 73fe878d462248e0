import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, reportPluginNotEnabled } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'notEnabled' | 'default'>({
  id: 'CP003',
  name: 'apiserver-deny-service-external-ips',
  source: 'controlplane',
  meta: {
    title: 'API server does not enable DenyServiceExternalIPs',
    severity: 'medium',
    description:
      "Anyone who may create or update a Service can set `spec.externalIPs` and have kube-proxy send traffic for that IP to their own pods, intercepting another tenant's traffic (CVE-2020-8554). The DenyServiceExternalIPs admission plugin rejects new external IPs. Default assumed: the plugin is off unless `--enable-admission-plugins` names it.",
    remediation:
      'Add `DenyServiceExternalIPs` to `--enable-admission-plugins`, or restrict `externalIPs` with a validating admission policy if some Services need them.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#denyserviceexternalips',
      'https://github.com/kubernetes/kubernetes/issues/97076',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.3'] },
    aliases: { trivy: ['KCV-0003'], kubescape: ['C-0283'], 'kube-bench': ['1.2.3'] },
    stride: ['tampering', 'information-disclosure', 'spoofing'],
  },
  messages: {
    notEnabled: '{{owner}}: kube-apiserver does not enable the DenyServiceExternalIPs admission plugin ({{flag}}).',
    default:
      '{{owner}}: kube-apiserver does not enable the DenyServiceExternalIPs admission plugin (no --enable-admission-plugins).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => reportPluginNotEnabled(ctx, p, 'DenyServiceExternalIPs'));
  },
});
