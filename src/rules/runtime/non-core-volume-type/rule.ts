import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

/** Volume types the Pod Security Standards (restricted) allow; an empty type defaults to emptyDir. */
export const CORE_VOLUME_TYPES: readonly string[] = [
  '',
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

export default defineAuditRule<RuntimeDoc, 'nonCore'>({
  id: 'RT049',
  name: 'non-core-volume-type',
  source: 'runtime',
  meta: {
    title: 'Volume type outside the restricted set',
    severity: 'low',
    description: `The pod declares a volume of a type other than ${CORE_VOLUME_TYPES.filter(Boolean).join(
      ', ',
    )}. Other types (hostPath, and in-tree drivers such as nfs, iscsi, rbd, cephfs, scaleIO, flexVolume) are mounted by the node itself with node credentials and configuration chosen in the pod spec; they are how pods reach storage, or host paths, that no PersistentVolume grants them. Pod Security Standards: restricted; hostPath is also reported by RT019.`,
    remediation:
      'Use a persistentVolumeClaim bound to an administrator-provisioned PersistentVolume or StorageClass (or a CSI volume) instead of an inline volume source.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://kubernetes.io/docs/concepts/storage/volumes/',
    ],
    frameworks: {},
    aliases: { trivy: ['KSV-0028'] },
    stride: ['tampering', 'elevation-of-privilege'],
  },
  messages: {
    nonCore: '{{owner}}: volume {{volume}} is of type {{type}}, outside the restricted set.',
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'] })) {
      for (const v of r.pod?.volumes ?? [])
        if (!CORE_VOLUME_TYPES.includes(v.type) && first(v.node))
          ctx.report({
            messageId: 'nonCore',
            node: v.node,
            data: { owner: r.owner, volume: v.name || '(unnamed)', type: v.type },
          });
    }
  },
});
