import { type DaemonDoc, type DockerInfo, listSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

/** The registries the running daemon treats as insecure, without the loopback range dockerd always adds. */
function insecureInInfo(info: DockerInfo): string[] | undefined {
  const config = info.RegistryConfig as
    | { InsecureRegistryCIDRs?: unknown; IndexConfigs?: Record<string, { Secure?: boolean }> }
    | undefined;
  if (!config) return undefined;
  const cidrs = Array.isArray(config.InsecureRegistryCIDRs) ? config.InsecureRegistryCIDRs.map(String) : [];
  const names = Object.entries(config.IndexConfigs ?? {})
    .filter(([, v]) => v?.Secure === false)
    .map(([k]) => k);
  return [...cidrs.filter((c) => c !== '127.0.0.0/8' && c !== '::1/128'), ...names].sort();
}

export default defineAuditRule<DaemonDoc, 'insecure'>({
  id: 'DM005',
  name: 'daemon-insecure-registry',
  source: 'daemon',
  meta: {
    title: 'Docker daemon trusts an insecure registry',
    severity: 'high',
    description:
      'For a registry named in `insecure-registries` (`--insecure-registry`), dockerd accepts plain HTTP or any TLS certificate: whoever is on the path can serve it images of their choosing, and credentials sent to it travel in the clear. The loopback range 127.0.0.0/8, which dockerd always treats as insecure, is not reported unless it is configured explicitly.',
    remediation:
      'Remove the entry from "insecure-registries" and give the registry a certificate; for a private CA, put its certificate in /etc/docker/certs.d/<registry>/ca.crt.',
    references: [
      'https://docs.docker.com/reference/cli/dockerd/#insecure-registries',
      'https://docs.docker.com/engine/security/certificates/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['2.5'] },
    aliases: { 'docker-bench': ['2.5'] },
    stride: ['spoofing', 'tampering', 'information-disclosure'],
  },
  messages: {
    insecure: 'dockerd pulls from and pushes to {{registry}} without verifying TLS ({{written}}).',
  },
  check(ctx, doc) {
    const s = listSetting(doc, 'insecure-registries', insecureInInfo);
    if (s.from === 'unknown') return ctx.skip(s.reason);
    for (const item of s.value)
      ctx.report({ messageId: 'insecure', ...at(item), data: { registry: item.text, written: item.written } });
  },
});
