import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--advertise-address=10.0.0.10', '--anonymous-auth=false']),
    // the last occurrence wins
    staticPod('kube-apiserver', ['--anonymous-auth=true', '--anonymous-auth=false']),
    staticPod('kube-apiserver', ['--anonymous-auth=F']),
    // not an API server: nothing to judge
    staticPod('kube-scheduler', ['--bind-address=127.0.0.1']),
    `apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver
  namespace: kube-system
  annotations:
    stridebench.io/ignore: "CP001=health probes of the external load balancer need anonymous access"
spec:
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.32.2
      command: [kube-apiserver, --anonymous-auth=true]
`,
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--advertise-address=10.0.0.10', '--anonymous-auth=true']),
      errors: [{ messageId: 'enabled', line: 13, column: 11, endLine: 13, endColumn: 32 }],
    },
    {
      // missing: reported at the container's command
      code: staticPod('kube-apiserver', ['--advertise-address=10.0.0.10']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      // the last occurrence wins
      code: staticPod('kube-apiserver', ['--anonymous-auth=false', '--anonymous-auth=true']),
      errors: [{ messageId: 'enabled', line: 13, column: 11, endLine: 13, endColumn: 32 }],
    },
    {
      // a boolean flag takes no separate value: this sets true and leaves "false" as an argument, as pflag does
      code: staticPod('kube-apiserver', ['--anonymous-auth', 'false']),
      errors: [{ messageId: 'enabled', line: 12, column: 11, endLine: 12, endColumn: 27 }],
    },
    {
      // args without a command: the image says which component runs
      code: `apiVersion: v1
kind: Pod
metadata: { name: apiserver, namespace: kube-system }
spec:
  containers:
    - name: apiserver
      image: registry.k8s.io/kube-apiserver-amd64:v1.6.0
      args: ["--anonymous-auth=true", "--secure-port=6443"]
`,
      errors: [{ messageId: 'enabled', line: 8, column: 14, endLine: 8, endColumn: 37 }],
    },
    {
      // a shell script that execs the API server: the flag inside the script
      code: `apiVersion: v1
kind: Pod
metadata: { name: kube-apiserver, namespace: kube-system }
spec:
  containers:
    - name: kube-apiserver
      image: example.com/control-plane:1.0
      command:
        - /bin/sh
        - -c
        - exec /usr/local/bin/kube-apiserver --secure-port=6443 --anonymous-auth=true 2>&1
`,
      errors: [{ messageId: 'enabled', line: 11, column: 65, endLine: 11, endColumn: 86 }],
    },
    {
      // hyperkube, in the second document of a multi-document file
      code: `apiVersion: v1
kind: ConfigMap
metadata: { name: audit-policy }
---
apiVersion: v1
kind: Pod
metadata: { name: kube-apiserver, namespace: kube-system }
spec:
  containers:
    - name: kube-apiserver
      image: example.com/hyperkube:v1.12.0
      command: [/hyperkube, apiserver, --insecure-port=0]
`,
      errors: [{ messageId: 'default', line: 12, column: 7, endLine: 12, endColumn: 14 }],
    },
  ],
});
