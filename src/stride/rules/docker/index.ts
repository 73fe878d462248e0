import type { ThreatRule } from '../../rule.js';
import dockerApiTrafficSpoofing from './docker-api-traffic-spoofing/rule.js';
import dockerClientAuthorizationAbuse from './docker-client-authorization-abuse/rule.js';
import dockerClientDockerfileTampering from './docker-client-dockerfile-tampering/rule.js';
import dockerClientFloodsDaemon from './docker-client-floods-daemon/rule.js';
import dockerClientHardcodedSecrets from './docker-client-hardcoded-secrets/rule.js';
import dockerClientUnattributedChanges from './docker-client-unattributed-changes/rule.js';
import dockerContainerMemoryExhaustion from './docker-container-memory-exhaustion/rule.js';
import dockerDangerousCapabilities from './docker-dangerous-capabilities/rule.js';
import dockerHostFilesystemExposure from './docker-host-filesystem-exposure/rule.js';
import dockerHostNamespaceSharing from './docker-host-namespace-sharing/rule.js';
import dockerImageEmbeddedSecrets from './docker-image-embedded-secrets/rule.js';
import dockerImageSupplyChainTampering from './docker-image-supply-chain-tampering/rule.js';
import dockerImageVulnerableLibraries from './docker-image-vulnerable-libraries/rule.js';
import dockerNetRawSpoofing from './docker-net-raw-spoofing/rule.js';
import dockerPrivilegedContainerBreakout from './docker-privileged-container-breakout/rule.js';
import dockerRegistryPullMitm from './docker-registry-pull-mitm/rule.js';
import dockerRegistryUnattributedPush from './docker-registry-unattributed-push/rule.js';
import dockerRegistryUploadExhaustion from './docker-registry-upload-exhaustion/rule.js';
import dockerRootWithoutUserns from './docker-root-without-userns/rule.js';
import dockerSidecarNamespaceSpoofing from './docker-sidecar-namespace-spoofing/rule.js';
import dockerSocketMounted from './docker-socket-mounted/rule.js';
import dockerSpoofedImage from './docker-spoofed-image/rule.js';
import dockerdApiUnauthenticated from './dockerd-api-unauthenticated/rule.js';
import dockerdChangesNotAudited from './dockerd-changes-not-audited/rule.js';
import dockerdConfigTampering from './dockerd-config-tampering/rule.js';
import dockerdTlsCaTampering from './dockerd-tls-ca-tampering/rule.js';
import dockerdTlsKeyDisclosure from './dockerd-tls-key-disclosure/rule.js';
import dockerfileWithoutUser from './dockerfile-without-user/rule.js';

/** Docker client, daemon and host, containers, registry and images: T-DKR-001 onwards, in id order. */
export const DOCKER_RULES: readonly ThreatRule[] = [
  dockerApiTrafficSpoofing,
  dockerClientDockerfileTampering,
  dockerClientUnattributedChanges,
  dockerClientHardcodedSecrets,
  dockerClientFloodsDaemon,
  dockerClientAuthorizationAbuse,
  dockerfileWithoutUser,
  dockerdConfigTampering,
  dockerdTlsCaTampering,
  dockerdChangesNotAudited,
  dockerHostFilesystemExposure,
  dockerdTlsKeyDisclosure,
  dockerdApiUnauthenticated,
  dockerRootWithoutUserns,
  dockerSidecarNamespaceSpoofing,
  dockerNetRawSpoofing,
  dockerContainerMemoryExhaustion,
  dockerPrivilegedContainerBreakout,
  dockerDangerousCapabilities,
  dockerSocketMounted,
  dockerHostNamespaceSharing,
  dockerSpoofedImage,
  dockerImageSupplyChainTampering,
  dockerRegistryPullMitm,
  dockerRegistryUnattributedPush,
  dockerImageEmbeddedSecrets,
  dockerRegistryUploadExhaustion,
  dockerImageVulnerableLibraries,
];
