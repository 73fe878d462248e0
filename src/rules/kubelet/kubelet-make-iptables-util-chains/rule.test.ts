import { kubeletConfigParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('makeIPTablesUtilChains: true'), config('readOnlyPort: 0')],
  invalid: [
    {
      code: config('makeIPTablesUtilChains: false'),
      errors: [{ messageId: 'disabled', line: 3, column: 1, endLine: 3, endColumn: 23 }],
    },
    {
      code: staticPod('kubelet', ['--make-iptables-util-chains=false']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 44 }],
    },
  ],
});
