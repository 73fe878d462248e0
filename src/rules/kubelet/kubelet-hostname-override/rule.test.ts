import { kubeletConfigParser, kubeletFlagsParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.21"\n'],
  invalid: [
    {
      code: 'KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.21 --hostname-override=worker-1"\n',
      errors: [{ messageId: 'overridden', line: 1, column: 43, endLine: 1, endColumn: 71 }],
    },
  ],
});

testRule(rule, kubeletConfigParser, {
  valid: [staticPod('kubelet', ['--read-only-port=0'])],
  invalid: [
    {
      code: staticPod('kubelet', ['--hostname-override=check.io']),
      errors: [{ messageId: 'overridden', line: 12, column: 11, endLine: 12, endColumn: 39 }],
    },
  ],
});
