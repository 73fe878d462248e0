import { kubeletConfigParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('protectKernelDefaults: true'), staticPod('kubelet', ['--protect-kernel-defaults=true'])],
  invalid: [
    {
      code: config('protectKernelDefaults: false'),
      errors: [{ messageId: 'unprotected', line: 3, column: 1, endLine: 3, endColumn: 22 }],
    },
    {
      code: staticPod('kubelet', ['--protect-kernel-defaults=false']),
      errors: [{ messageId: 'unprotected', line: 12, column: 11, endLine: 12, endColumn: 42 }],
    },
  ],
});
