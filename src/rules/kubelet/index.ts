import type { KubeletDoc } from '../../sources/kubelet/index.js';
import type { AuditRule } from '../rule.js';
import kubeletAnonymousAuth from './kubelet-anonymous-auth/rule.js';
import kubeletAuthorizationAlwaysAllow from './kubelet-authorization-always-allow/rule.js';
import kubeletClientCaFile from './kubelet-client-ca-file/rule.js';
import kubeletEventRecordQps from './kubelet-event-record-qps/rule.js';
import kubeletHostnameOverride from './kubelet-hostname-override/rule.js';
import kubeletMakeIptablesUtilChains from './kubelet-make-iptables-util-chains/rule.js';
import kubeletPodPidsLimit from './kubelet-pod-pids-limit/rule.js';
import kubeletProtectKernelDefaults from './kubelet-protect-kernel-defaults/rule.js';
import kubeletReadOnlyPort from './kubelet-read-only-port/rule.js';
import kubeletRotateCertificates from './kubelet-rotate-certificates/rule.js';
import kubeletRotateServerCertificates from './kubelet-rotate-server-certificates/rule.js';
import kubeletSeccompDefault from './kubelet-seccomp-default/rule.js';
import kubeletStreamingConnectionIdleTimeout from './kubelet-streaming-connection-idle-timeout/rule.js';
import kubeletTlsCertificate from './kubelet-tls-certificate/rule.js';
import kubeletTlsCipherSuites from './kubelet-tls-cipher-suites/rule.js';

/** Kubelet rules, in id order: CIS Kubernetes §4.2. */
export const KUBELET_RULES: readonly AuditRule<KubeletDoc, string>[] = [
  kubeletAnonymousAuth,
  kubeletAuthorizationAlwaysAllow,
  kubeletClientCaFile,
  kubeletReadOnlyPort,
  kubeletStreamingConnectionIdleTimeout,
  kubeletMakeIptablesUtilChains,
  kubeletHostnameOverride,
  kubeletEventRecordQps,
  kubeletTlsCertificate,
  kubeletRotateCertificates,
  kubeletRotateServerCertificates,
  kubeletTlsCipherSuites,
  kubeletPodPidsLimit,
  kubeletSeccompDefault,
  kubeletProtectKernelDefaults,
];
