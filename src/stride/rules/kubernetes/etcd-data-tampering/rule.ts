import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-013',
  name: 'etcd-data-tampering',
  category: 'tampering',
  target: 'component',
  appliesTo: { all: [{ tech: 'etcd' }, SELF_MANAGED] },
  title: 'Tampering with the data directory, manifest or backups of {{name}} rewrites the state of the cluster',
  description:
    'The etcd data directory and its snapshots hold the desired state of every workload. A user or process on the control-plane node who can write the data directory or the static pod manifest of {{name}}, or an attacker who can swap a backup before it is restored, changes that state without passing through the API server — and a member lost or corrupted with no tested backup takes the cluster down with it.',
  likelihood: 'low',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.1.7',
    'cis-kubernetes-1.12.0:1.1.8',
    'cis-kubernetes-1.12.0:1.1.11',
    'cis-kubernetes-1.12.0:1.1.12',
    'design:backup',
  ],
  cwe: [732],
  capec: [],
  references: [
    'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#backing-up-an-etcd-cluster',
  ],
});
