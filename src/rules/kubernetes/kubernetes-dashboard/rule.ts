import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, imageName } from '../containers.js';
import { applies, podTemplateOf, ref } from '../objects.js';

const SKIP_LOGIN = ['--enable-skip-login', '--enable-insecure-login'];

export default defineAuditRule<KubernetesDoc, 'dashboard' | 'skipLogin'>({
  id: 'KS025',
  name: 'kubernetes-dashboard',
  source: 'kubernetes',
  meta: {
    title: 'Kubernetes Dashboard deployed',
    severity: 'medium',
    description:
      "The Kubernetes Dashboard is a web UI that acts on the cluster, with a login token or with its own service account's permissions when login is skipped. Exposed dashboards are a classic way into clusters used for crypto mining (Tesla, 2018: no password, cloud credentials in plain sight). Reported: a workload running the dashboard (image `kubernetesui/dashboard`, `kubernetes-dashboard`, or the pod labels `app` or `k8s-app: kubernetes-dashboard`), more strongly when its arguments allow skipping login (`--enable-skip-login`, `--enable-insecure-login`).",
    remediation:
      'Prefer `kubectl` or a hosted console. If the dashboard is needed, keep it off the internet (ClusterIP reached through `kubectl proxy` or an authenticating proxy), keep login mandatory, and give its service account no more than read access.',
    references: [
      'https://github.com/kubernetes/dashboard/blob/master/docs/user/access-control/README.md',
      'https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/',
    ],
    frameworks: {},
    aliases: { checkov: ['CKV_K8S_33'] },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    dashboard: '{{workload}} runs the Kubernetes Dashboard: a web UI with the power of its login or service account.',
    skipLogin:
      '{{workload}} runs the Kubernetes Dashboard with {{flag}}: anyone who reaches it acts as its service account.',
  },
  check(ctx, doc) {
    const pods = doc.objects.flatMap((o) => podTemplateOf(o) ?? []);
    if (!applies(ctx, pods.length, 'workload')) return;
    for (const pod of pods) {
      const o = pod.object;
      const containers = containersOf(o);
      const byImage = containers.find(
        (c) =>
          c.image !== undefined &&
          (c.image.includes('kubernetesui/dashboard') || imageName(c.image).startsWith('kubernetes-dashboard')),
      );
      const byLabel = pod.labels.app === 'kubernetes-dashboard' || pod.labels['k8s-app'] === 'kubernetes-dashboard';
      if (!byImage && !byLabel) continue;
      const flag = containers.flatMap((c) => c.argv).find((a) => SKIP_LOGIN.some((f) => a === f || a === `${f}=true`));
      ctx.report({
        messageId: flag ? 'skipLogin' : 'dashboard',
        node: byImage ? byImage.imageNode : pod.labelsNode,
        data: { workload: ref(o), flag: flag ?? '' },
      });
    }
  },
});
