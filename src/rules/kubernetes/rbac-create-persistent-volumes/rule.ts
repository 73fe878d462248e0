import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules } from '../rbac.js';

export default defineAuditRule<KubernetesDoc, 'create'>({
  id: 'KS008',
  name: 'rbac-create-persistent-volumes',
  source: 'kubernetes',
  meta: {
    title: 'Role can create PersistentVolumes',
    severity: 'medium',
    description:
      "A PersistentVolume can be a `hostPath` volume, and Pod Security Admission does not look at PersistentVolumes: whoever can create one and claim it mounts any directory of the node into a pod, even in a namespace that enforces the restricted Pod Security Standard. Reported: a rule granting create (or `*`) on persistentvolumes. Not reported: Kubernetes' bootstrap roles.",
    remediation:
      'Leave PersistentVolume creation to the storage provisioners (StorageClasses with dynamic provisioning) and to cluster administrators; users create PersistentVolumeClaims.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation',
      'https://kubernetes.io/docs/concepts/storage/persistent-volumes/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.9'] },
    aliases: { kubescape: ['C-0278'] },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    create:
      '{{role}}: rules[{{index}}] grants {{verb}} on PersistentVolumes: its subjects can mount any host directory through a hostPath volume.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      const g = grant(rule, ['create'], '', 'persistentvolumes');
      if (!g) continue;
      ctx.report({
        messageId: 'create',
        node: rule.itemNode('resources', g.resource),
        data: { role: describe(rule.role), index: rule.index, verb: g.verbName },
      });
    }
  },
});
