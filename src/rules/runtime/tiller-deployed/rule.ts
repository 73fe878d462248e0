import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, parseImage, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'tiller'>({
  id: 'RT053',
  name: 'tiller-deployed',
  source: 'runtime',
  meta: {
    title: 'Helm 2 Tiller deployed',
    severity: 'high',
    description:
      "Tiller, the in-cluster server of Helm 2 (end of life since November 2020), listens on an unauthenticated gRPC port and usually runs with cluster-admin: anything that can reach it from inside the cluster can install any chart, a privileged DaemonSet included. The container's image name is what identifies it (`.../tiller:v2.x`). Not part of the Pod Security Standards. checkov's CKV_K8S_45 accepts a Tiller that listens on localhost only and is not listed as an equivalent.",
    remediation:
      'Migrate to Helm 3 (no in-cluster component) and delete the Tiller deployment, its service and its service account binding.',
    references: ['https://helm.sh/docs/topics/v2_v3_migration/', 'https://helm.sh/blog/helm-v2-deprecation-timeline/'],
    frameworks: {},
    aliases: { trivy: ['KSV-0102'], checkov: ['CKV_K8S_34'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    tiller: '{{container}} runs Helm 2 Tiller ({{image}}), an unauthenticated cluster-admin API.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      if (!r.image) continue;
      const name = parseImage(r.image.value).repository.split('/').at(-1) ?? '';
      if (name === 'tiller')
        ctx.report({ messageId: 'tiller', node: r.image.node, data: { ...who(r), image: r.image.value } });
    }
  },
});
