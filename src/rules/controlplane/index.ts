import type { ControlPlaneDoc } from '../../sources/controlplane/index.js';
import type { AuditRule } from '../rule.js';
import apiserverAlwaysAdmit from './apiserver-always-admit/rule.js';
import apiserverAlwaysPullImages from './apiserver-always-pull-images/rule.js';
import apiserverAnonymousAuth from './apiserver-anonymous-auth/rule.js';
import apiserverAuditLogMaxage from './apiserver-audit-log-maxage/rule.js';
import apiserverAuditLogMaxbackup from './apiserver-audit-log-maxbackup/rule.js';
import apiserverAuditLogMaxsize from './apiserver-audit-log-maxsize/rule.js';
import apiserverAuditLogPath from './apiserver-audit-log-path/rule.js';
import apiserverAuthorizationAlwaysAllow from './apiserver-authorization-always-allow/rule.js';
import apiserverAuthorizationNode from './apiserver-authorization-node/rule.js';
import apiserverAuthorizationRbac from './apiserver-authorization-rbac/rule.js';
import apiserverClientCaFile from './apiserver-client-ca-file/rule.js';
import apiserverDenyServiceExternalIps from './apiserver-deny-service-external-ips/rule.js';
import apiserverEncryptionProviderConfig from './apiserver-encryption-provider-config/rule.js';
import apiserverEtcdCaFile from './apiserver-etcd-ca-file/rule.js';
import apiserverEtcdClientCertificate from './apiserver-etcd-client-certificate/rule.js';
import apiserverEventRateLimit from './apiserver-event-rate-limit/rule.js';
import apiserverInsecureServing from './apiserver-insecure-serving/rule.js';
import apiserverKubeletCertificateAuthority from './apiserver-kubelet-certificate-authority/rule.js';
import apiserverKubeletClientCertificate from './apiserver-kubelet-client-certificate/rule.js';
import apiserverKubeletHttpsDisabled from './apiserver-kubelet-https-disabled/rule.js';
import apiserverNamespaceLifecyclePluginDisabled from './apiserver-namespace-lifecycle-plugin-disabled/rule.js';
import apiserverNodeRestriction from './apiserver-node-restriction/rule.js';
import apiserverServiceAccountExtendTokenExpiration from './apiserver-service-account-extend-token-expiration/rule.js';
import apiserverServiceAccountKeyFile from './apiserver-service-account-key-file/rule.js';
import apiserverServiceAccountLookup from './apiserver-service-account-lookup/rule.js';
import apiserverServiceAccountPluginDisabled from './apiserver-service-account-plugin-disabled/rule.js';
import apiserverStaticCredentialFile from './apiserver-static-credential-file/rule.js';
import apiserverTlsCertificate from './apiserver-tls-certificate/rule.js';
import apiserverTlsCipherSuites from './apiserver-tls-cipher-suites/rule.js';
import bindAddressNotLoopback from './bind-address-not-loopback/rule.js';
import controllerManagerRootCaFile from './controller-manager-root-ca-file/rule.js';
import controllerManagerRotateKubeletServerCertificate from './controller-manager-rotate-kubelet-server-certificate/rule.js';
import controllerManagerServiceAccountCredentials from './controller-manager-service-account-credentials/rule.js';
import controllerManagerServiceAccountPrivateKeyFile from './controller-manager-service-account-private-key-file/rule.js';
import controllerManagerTerminatedPodGcThreshold from './controller-manager-terminated-pod-gc-threshold/rule.js';
import encryptionProviderWeak from './encryption-provider-weak/rule.js';
import etcdAutoTls from './etcd-auto-tls/rule.js';
import etcdClientCertAuth from './etcd-client-cert-auth/rule.js';
import etcdPeerAutoTls from './etcd-peer-auto-tls/rule.js';
import etcdPeerClientCertAuth from './etcd-peer-client-cert-auth/rule.js';
import etcdPeerTlsCertificate from './etcd-peer-tls-certificate/rule.js';
import etcdSharedCa from './etcd-shared-ca/rule.js';
import etcdTlsCertificate from './etcd-tls-certificate/rule.js';
import profilingEnabled from './profiling-enabled/rule.js';

/** Control-plane rules, in id order: CIS Kubernetes §1.2 (API server), §1.3 (controller manager), §1.4 (scheduler), §2 (etcd). */
export const CONTROLPLANE_RULES: readonly AuditRule<ControlPlaneDoc, string>[] = [
  apiserverAnonymousAuth,
  apiserverStaticCredentialFile,
  apiserverDenyServiceExternalIps,
  apiserverKubeletClientCertificate,
  apiserverKubeletCertificateAuthority,
  apiserverAuthorizationAlwaysAllow,
  apiserverAuthorizationNode,
  apiserverAuthorizationRbac,
  apiserverEventRateLimit,
  apiserverAlwaysAdmit,
  apiserverAlwaysPullImages,
  apiserverServiceAccountPluginDisabled,
  apiserverNamespaceLifecyclePluginDisabled,
  apiserverNodeRestriction,
  profilingEnabled,
  apiserverAuditLogPath,
  apiserverAuditLogMaxage,
  apiserverAuditLogMaxbackup,
  apiserverAuditLogMaxsize,
  apiserverServiceAccountLookup,
  apiserverServiceAccountKeyFile,
  apiserverEtcdClientCertificate,
  apiserverTlsCertificate,
  apiserverClientCaFile,
  apiserverEtcdCaFile,
  apiserverEncryptionProviderConfig,
  encryptionProviderWeak,
  apiserverTlsCipherSuites,
  apiserverServiceAccountExtendTokenExpiration,
  apiserverInsecureServing,
  apiserverKubeletHttpsDisabled,
  controllerManagerTerminatedPodGcThreshold,
  controllerManagerServiceAccountCredentials,
  controllerManagerServiceAccountPrivateKeyFile,
  controllerManagerRootCaFile,
  controllerManagerRotateKubeletServerCertificate,
  bindAddressNotLoopback,
  etcdTlsCertificate,
  etcdClientCertAuth,
  etcdAutoTls,
  etcdPeerTlsCertificate,
  etcdPeerClientCertAuth,
  etcdPeerAutoTls,
  etcdSharedCa,
];
