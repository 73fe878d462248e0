import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-011',
  name: 'etcd-secrets-unencrypted-at-rest',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: { all: [{ tech: 'etcd' }, { not: { property: 'encryptedAtRest', equals: true } }] },
  title: 'Secrets in {{name}} are stored unencrypted, so its data files and backups disclose every credential',
  description:
    'etcd stores all the configuration data of the cluster, Secrets included, and {{name}} is not declared to encrypt them at rest. Kubernetes only base64-encodes Secrets unless kube-apiserver has an encryption provider configuration, so anyone who reads the etcd data directory, a disk snapshot or an etcd backup reads every token, password and key of the cluster.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.2.27',
    'cis-kubernetes-1.12.0:1.2.28',
    'cis-kubernetes-1.12.0:1.1.11',
    'cis-kubernetes-1.12.0:5.4.2',
    'design:encryption-at-rest',
  ],
  cwe: [311, 312],
  capec: [],
  references: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
});
