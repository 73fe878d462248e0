import type { ThreatRule } from '../../rule.js';
import apiserverAnonymousAuth from './apiserver-anonymous-auth/rule.js';
import apiserverClientCertificateNoRevocation from './apiserver-client-certificate-no-revocation/rule.js';
import apiserverInternetExposed from './apiserver-internet-exposed/rule.js';
import apiserverKubeletUnverifiedTls from './apiserver-kubelet-unverified-tls/rule.js';
import apiserverMissingAdmissionControl from './apiserver-missing-admission-control/rule.js';
import apiserverNoAuditLog from './apiserver-no-audit-log/rule.js';
import apiserverRequestFlooding from './apiserver-request-flooding/rule.js';
import apiserverWeakAuthorization from './apiserver-weak-authorization/rule.js';
import cloudControllerCredentialsAbuse from './cloud-controller-credentials-abuse/rule.js';
import controllerManagerProfilingExposure from './controller-manager-profiling-exposure/rule.js';
import controllerManagerSharedCredentials from './controller-manager-shared-credentials/rule.js';
import controllerManagerSigningKeyAbuse from './controller-manager-signing-key-abuse/rule.js';
import etcdDataTampering from './etcd-data-tampering/rule.js';
import etcdDirectAccessBypass from './etcd-direct-access-bypass/rule.js';
import etcdPlaintextTraffic from './etcd-plaintext-traffic/rule.js';
import etcdSecretsUnencryptedAtRest from './etcd-secrets-unencrypted-at-rest/rule.js';
import etcdStorageExhaustion from './etcd-storage-exhaustion/rule.js';
import etcdUnauthenticatedClients from './etcd-unauthenticated-clients/rule.js';
import ingressControllerSecretExposure from './ingress-controller-secret-exposure/rule.js';
import kubeProxyConfigTampering from './kube-proxy-config-tampering/rule.js';
import kubeProxyMetricsExposure from './kube-proxy-metrics-exposure/rule.js';
import kubectlStolenKubeconfig from './kubectl-stolen-kubeconfig/rule.js';
import kubeletAlwaysAllowAuthorization from './kubelet-always-allow-authorization/rule.js';
import kubeletAnonymousAuth from './kubelet-anonymous-auth/rule.js';
import kubeletDirectApiUnaudited from './kubelet-direct-api-unaudited/rule.js';
import kubeletPivotToApiserver from './kubelet-pivot-to-apiserver/rule.js';
import kubeletPodPidExhaustion from './kubelet-pod-pid-exhaustion/rule.js';
import kubeletReadOnlyPort from './kubelet-read-only-port/rule.js';
import podCloudMetadataCredentials from './pod-cloud-metadata-credentials/rule.js';
import podDangerousCapabilities from './pod-dangerous-capabilities/rule.js';
import podHostNamespaces from './pod-host-namespaces/rule.js';
import podNetRawSpoofing from './pod-net-raw-spoofing/rule.js';
import podNoMemoryLimit from './pod-no-memory-limit/rule.js';
import podPrivilegedContainer from './pod-privileged-container/rule.js';
import podRuntimeSocketMount from './pod-runtime-socket-mount/rule.js';
import podServiceAccountTokenTheft from './pod-service-account-token-theft/rule.js';
import podSidecarNamespaceSpoofing from './pod-sidecar-namespace-spoofing/rule.js';
import podUnverifiedImage from './pod-unverified-image/rule.js';
import schedulerConfigTampering from './scheduler-config-tampering/rule.js';
import schedulerProfilingExposure from './scheduler-profiling-exposure/rule.js';

/** Kubernetes threat rules, in id order: control plane, nodes, workloads, edges. */
export const KUBERNETES_RULES: readonly ThreatRule[] = [
  apiserverAnonymousAuth,
  apiserverInternetExposed,
  apiserverWeakAuthorization,
  apiserverMissingAdmissionControl,
  apiserverNoAuditLog,
  apiserverClientCertificateNoRevocation,
  apiserverRequestFlooding,
  apiserverKubeletUnverifiedTls,
  etcdUnauthenticatedClients,
  etcdPlaintextTraffic,
  etcdSecretsUnencryptedAtRest,
  etcdDirectAccessBypass,
  etcdDataTampering,
  schedulerProfilingExposure,
  schedulerConfigTampering,
  controllerManagerProfilingExposure,
  controllerManagerSharedCredentials,
  controllerManagerSigningKeyAbuse,
  cloudControllerCredentialsAbuse,
  kubeletAnonymousAuth,
  kubeletAlwaysAllowAuthorization,
  kubeletReadOnlyPort,
  kubeletPivotToApiserver,
  kubeletDirectApiUnaudited,
  kubeletPodPidExhaustion,
  kubeProxyConfigTampering,
  kubeProxyMetricsExposure,
  podNetRawSpoofing,
  podNoMemoryLimit,
  podSidecarNamespaceSpoofing,
  podPrivilegedContainer,
  podHostNamespaces,
  podDangerousCapabilities,
  podRuntimeSocketMount,
  podUnverifiedImage,
  podServiceAccountTokenTheft,
  podCloudMetadataCredentials,
  ingressControllerSecretExposure,
  kubectlStolenKubeconfig,
  etcdStorageExhaustion,
];
