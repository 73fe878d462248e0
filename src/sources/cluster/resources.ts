/** A kind of object read from the API server with one list call across all namespaces. */
export interface ClusterResource {
  /** The plural resource name used in URLs. */
  resource: string;
  kind: string;
  namespaced: boolean;
  /**
   * Group/versions to try in order: the first one a cluster serves is used. Later entries serve older clusters
   * (CronJob was batch/v1beta1 before 1.21, Ingress networking.k8s.io/v1beta1 before 1.19).
   */
  versions: readonly string[];
}

/**
 * What the rules read, in the order objects are rendered (and so the order of findings). Secrets are deliberately
 * absent: no rule needs a Secret object, and an auditor should not need (or be given) permission to read them.
 */
export const CLUSTER_RESOURCES: readonly ClusterResource[] = [
  { resource: 'namespaces', kind: 'Namespace', namespaced: false, versions: ['v1'] },
  { resource: 'clusterroles', kind: 'ClusterRole', namespaced: false, versions: ['rbac.authorization.k8s.io/v1'] },
  {
    resource: 'clusterrolebindings',
    kind: 'ClusterRoleBinding',
    namespaced: false,
    versions: ['rbac.authorization.k8s.io/v1'],
  },
  { resource: 'roles', kind: 'Role', namespaced: true, versions: ['rbac.authorization.k8s.io/v1'] },
  { resource: 'rolebindings', kind: 'RoleBinding', namespaced: true, versions: ['rbac.authorization.k8s.io/v1'] },
  { resource: 'deployments', kind: 'Deployment', namespaced: true, versions: ['apps/v1'] },
  { resource: 'statefulsets', kind: 'StatefulSet', namespaced: true, versions: ['apps/v1'] },
  { resource: 'daemonsets', kind: 'DaemonSet', namespaced: true, versions: ['apps/v1'] },
  { resource: 'replicasets', kind: 'ReplicaSet', namespaced: true, versions: ['apps/v1'] },
  { resource: 'replicationcontrollers', kind: 'ReplicationController', namespaced: true, versions: ['v1'] },
  { resource: 'cronjobs', kind: 'CronJob', namespaced: true, versions: ['batch/v1', 'batch/v1beta1'] },
  { resource: 'jobs', kind: 'Job', namespaced: true, versions: ['batch/v1'] },
  { resource: 'pods', kind: 'Pod', namespaced: true, versions: ['v1'] },
  { resource: 'services', kind: 'Service', namespaced: true, versions: ['v1'] },
  {
    resource: 'ingresses',
    kind: 'Ingress',
    namespaced: true,
    versions: ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1', 'extensions/v1beta1'],
  },
  { resource: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true, versions: ['networking.k8s.io/v1'] },
  { resource: 'configmaps', kind: 'ConfigMap', namespaced: true, versions: ['v1'] },
];

/** The path that lists a resource across all namespaces: `/api/v1/pods`, `/apis/apps/v1/deployments`. */
export function listPath(groupVersion: string, resource: string): string {
  return groupVersion.includes('/') ? `/apis/${groupVersion}/${resource}` : `/api/${groupVersion}/${resource}`;
}
