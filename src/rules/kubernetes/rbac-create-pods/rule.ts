import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules } from '../rbac.js';

/** Pods, and the controllers that create pods from a template. */
const POD_CREATORS: readonly [group: string, resource: string][] = [
  ['', 'pods'],
  ['', 'replicationcontrollers'],
  ['apps', 'deployments'],
  ['apps', 'replicasets'],
  ['apps', 'statefulsets'],
  ['apps', 'daemonsets'],
  ['batch', 'jobs'],
  ['batch', 'cronjobs'],
];

export default defineAuditRule<KubernetesDoc, 'create'>({
  id: 'KS005',
  name: 'rbac-create-pods',
  source: 'kubernetes',
  meta: {
    title: 'Role can create pods',
    severity: 'medium',
    description:
      "Whoever can create a pod, directly or through a Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob, chooses what it runs and as which service account of the namespace, and mounts that account's token and every Secret and ConfigMap of the namespace; unless admission control forbids it, the pod may also be privileged or mount the host's file system. Create-pods is therefore close to every permission of the namespace. Reported: a rule granting create (or `*`) on pods or on a workload controller. Not reported: Kubernetes' bootstrap roles.",
    remediation:
      'Grant create on pods and workloads only to deployment pipelines and operators that need it; enforce the Pod Security Standards (`pod-security.kubernetes.io/enforce: restricted` on the namespace) so that what they create cannot be privileged.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation',
      'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.4'] },
    aliases: { kubescape: ['C-0188'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    create:
      '{{role}}: rules[{{index}}] grants {{verb}} on {{resource}}: its subjects can start pods as any service account of the namespace.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      for (const [group, resource] of POD_CREATORS) {
        const g = grant(rule, ['create'], group, resource);
        if (!g) continue;
        ctx.report({
          messageId: 'create',
          node: rule.itemNode('resources', g.resource),
          data: { role: describe(rule.role), index: rule.index, verb: g.verbName, resource },
        });
        break;
      }
    }
  },
});
