import type { KubernetesDoc } from '../../sources/kubernetes/parse.js';
import type { AuditRule } from '../rule.js';
import bindingToSystemGroup from './binding-to-system-group/rule.js';
import clusterAdminBinding from './cluster-admin-binding/rule.js';
import configmapSecret from './configmap-secret/rule.js';
import defaultNamespace from './default-namespace/rule.js';
import defaultServiceAccount from './default-service-account/rule.js';
import ingressNginxAnnotationInjection from './ingress-nginx-annotation-injection/rule.js';
import ingressWithoutTls from './ingress-without-tls/rule.js';
import kubernetesDashboard from './kubernetes-dashboard/rule.js';
import namespaceWithoutPodSecurity from './namespace-without-pod-security/rule.js';
import networkpolicySelectsNoPod from './networkpolicy-selects-no-pod/rule.js';
import podWithoutNetworkpolicy from './pod-without-networkpolicy/rule.js';
import podsecuritypolicyPermissive from './podsecuritypolicy-permissive/rule.js';
import rbacApproveCsr from './rbac-approve-csr/rule.js';
import rbacCreatePersistentVolumes from './rbac-create-persistent-volumes/rule.js';
import rbacCreatePods from './rbac-create-pods/rule.js';
import rbacCreateServiceaccountToken from './rbac-create-serviceaccount-token/rule.js';
import rbacEscalateOrBind from './rbac-escalate-or-bind/rule.js';
import rbacImpersonate from './rbac-impersonate/rule.js';
import rbacNodeProxy from './rbac-node-proxy/rule.js';
import rbacPodExec from './rbac-pod-exec/rule.js';
import rbacSecretsRead from './rbac-secrets-read/rule.js';
import rbacWebhookConfiguration from './rbac-webhook-configuration/rule.js';
import rbacWildcard from './rbac-wildcard/rule.js';
import secretInManifest from './secret-in-manifest/rule.js';
import serviceExternalIps from './service-external-ips/rule.js';
import serviceLoadbalancerOpen from './service-loadbalancer-open/rule.js';
import serviceNodeport from './service-nodeport/rule.js';
import workloadDisruptionBudget from './workload-disruption-budget/rule.js';
import workloadInSystemNamespace from './workload-in-system-namespace/rule.js';

/** Rules on Kubernetes objects (RBAC, exposure, network policy, namespaces, configuration), in id order. */
export const KUBERNETES_RULES: readonly AuditRule<KubernetesDoc, string>[] = [
  rbacWildcard,
  rbacSecretsRead,
  clusterAdminBinding,
  bindingToSystemGroup,
  rbacCreatePods,
  rbacEscalateOrBind,
  rbacImpersonate,
  rbacCreatePersistentVolumes,
  rbacNodeProxy,
  rbacApproveCsr,
  rbacWebhookConfiguration,
  rbacCreateServiceaccountToken,
  defaultServiceAccount,
  serviceNodeport,
  serviceLoadbalancerOpen,
  serviceExternalIps,
  ingressWithoutTls,
  ingressNginxAnnotationInjection,
  podWithoutNetworkpolicy,
  networkpolicySelectsNoPod,
  defaultNamespace,
  configmapSecret,
  secretInManifest,
  rbacPodExec,
  kubernetesDashboard,
  podsecuritypolicyPermissive,
  namespaceWithoutPodSecurity,
  workloadDisruptionBudget,
  workloadInSystemNamespace,
];
