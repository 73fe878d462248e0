import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { reportPluginNotEnabled } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'notEnabled' | 'default' | 'notConfigured'>({
  id: 'CP009',
  name: 'apiserver-event-rate-limit',
  source: 'controlplane',
  meta: {
    title: 'API server does not limit the rate of events',
    severity: 'medium',
    description:
      'A misbehaving or hostile workload can flood the API server and etcd with Event objects. The EventRateLimit admission plugin caps them per server, namespace, user or source; it needs both `--enable-admission-plugins` to name it and an `AdmissionConfiguration` (the file `--admission-control-config-file` names) to configure it. Reported: an API server that does not enable it, and an AdmissionConfiguration without an EventRateLimit entry. Default assumed: the plugin is off.',
    remediation:
      'Add `EventRateLimit` to `--enable-admission-plugins`, and an `EventRateLimit` entry with its limits to the AdmissionConfiguration that `--admission-control-config-file` names.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#eventratelimit',
      'https://kubernetes.io/docs/reference/config-api/apiserver-eventratelimit.v1alpha1/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.9'] },
    aliases: { trivy: ['KCV-0010'], checkov: ['CKV_K8S_78'], kubescape: ['C-0121'], 'kube-bench': ['1.2.9'] },
    stride: ['denial-of-service'],
  },
  messages: {
    notEnabled: '{{owner}}: kube-apiserver accepts events at any rate ({{flag}}, without EventRateLimit).',
    default: '{{owner}}: kube-apiserver accepts events at any rate (no --enable-admission-plugins).',
    notConfigured: '{{name}}: the admission configuration sets no EventRateLimit limits.',
  },
  check(ctx, doc) {
    const apiservers = doc.components.filter((p) => p.component === 'kube-apiserver');
    if (apiservers.length === 0 && doc.admissionConfigs.length === 0) {
      ctx.skip('no kube-apiserver or AdmissionConfiguration in this input');
      return;
    }
    for (const p of apiservers) reportPluginNotEnabled(ctx, p, 'EventRateLimit');
    for (const config of doc.admissionConfigs) {
      const plugins = Array.isArray(config.value.plugins) ? config.value.plugins : [];
      const configured = plugins.some(
        (plugin) =>
          typeof plugin === 'object' && plugin !== null && (plugin as { name?: unknown }).name === 'EventRateLimit',
      );
      if (!configured)
        ctx.report({
          messageId: 'notConfigured',
          node: config.at(['plugins' in config.value ? 'plugins' : 'kind'], 'key'),
          data: { name: `${config.kind} ${config.name}` },
        });
    }
  },
});
