/**
 * Capabilities beyond Docker's default set that open a path from a container to the host kernel, its devices or its
 * network (NET_RAW, in the default set, has rules of its own). One list for Docker and Kubernetes: a capability is as
 * dangerous in a pod as in a compose service, and none of these is allowed by the Pod Security Standards' baseline.
 */
export const DANGEROUS_CAPABILITIES = [
  'ALL',
  'SYS_ADMIN',
  'CAP_SYS_ADMIN',
  'SYS_MODULE',
  'CAP_SYS_MODULE',
  'SYS_PTRACE',
  'CAP_SYS_PTRACE',
  'SYS_RAWIO',
  'CAP_SYS_RAWIO',
  'DAC_READ_SEARCH',
  'CAP_DAC_READ_SEARCH',
  'NET_ADMIN',
  'CAP_NET_ADMIN',
  'SYS_BOOT',
  'CAP_SYS_BOOT',
  'BPF',
  'CAP_BPF',
] as const;
