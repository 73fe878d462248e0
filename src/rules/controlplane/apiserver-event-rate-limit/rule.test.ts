import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const admission = (plugins: string) => `apiVersion: apiserver.config.k8s.io/v1
kind: AdmissionConfiguration
plugins:
${plugins}
`;

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', [
      '--enable-admission-plugins=NodeRestriction,EventRateLimit',
      '--admission-control-config-file=/etc/kubernetes/admission.yaml',
    ]),
    admission(`  - name: EventRateLimit
    path: eventconfig.yaml`),
    // neither an API server nor an admission configuration
    staticPod('etcd', ['--client-cert-auth=true']),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction']),
      errors: [{ messageId: 'notEnabled', line: 12, column: 11, endLine: 12, endColumn: 53 }],
    },
    {
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      // the configuration file, reported at its plugin list
      code: admission(`  - name: ValidatingAdmissionWebhook
    configuration:
      apiVersion: apiserver.config.k8s.io/v1
      kind: WebhookAdmissionConfiguration
      kubeConfigFile: /etc/kubernetes/webhook.kubeconfig`),
      errors: [{ messageId: 'notConfigured', line: 3, column: 1, endLine: 3, endColumn: 8 }],
    },
    {
      code: `apiVersion: apiserver.config.k8s.io/v1
kind: AdmissionConfiguration
`,
      errors: [{ messageId: 'notConfigured', line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
  ],
});
