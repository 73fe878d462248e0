import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-040',
  name: 'etcd-storage-exhaustion',
  category: 'denial-of-service',
  target: 'component',
  // The member the API server writes to; peers only replicate what it accepts.
  appliesTo: { all: [{ tech: 'etcd' }, SELF_MANAGED, { inbound: { source: { tech: 'kube-apiserver' } } }] },
  title: 'Filling {{name}} past its storage quota stops every change to the cluster',
  description:
    'etcd refuses writes once its backend reaches --quota-backend-bytes (2 GiB by default) and raises a NOSPACE alarm. Any identity allowed to create objects through the API server — events, ConfigMaps, Secrets, custom resources — can fill {{name}} when there is no event rate limit or object-count quota, after which no pod can be scheduled, scaled or updated until an operator compacts, defragments and disarms it.',
  likelihood: 'low',
  impact: 'high',
  mitigations: ['cis-kubernetes-1.12.0:1.2.9', 'design:resource-limits', 'design:monitoring', 'design:backup'],
  cwe: [770, 400],
  capec: [130],
  references: ['https://etcd.io/docs/v3.5/op-guide/maintenance/#space-quota'],
});
