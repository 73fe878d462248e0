import { boolSetting, type DaemonDoc, listSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

/** A `-H` value that is a network listener: not `unix://`, `fd://` or a socket path. */
export function isTcpHost(host: string): boolean {
  return !/^(unix|fd|npipe):\/\//.test(host) && !host.startsWith('/');
}

export default defineAuditRule<DaemonDoc, 'plain' | 'unverified'>({
  id: 'DM007',
  name: 'daemon-tcp-without-tls',
  source: 'daemon',
  meta: {
    title: 'Docker API listens on TCP without verified client certificates',
    severity: 'critical',
    description:
      "The Engine API lets its client start a privileged container with the host's root file system mounted: on a TCP listener without TLS anyone who reaches the port is root on the host, and with `--tls` alone (no `--tlsverify`) the connection is encrypted but any client is accepted. A listener bound to 127.0.0.1 is no exception: every local user and every container on the host network reaches it. Only `--tlsverify` with a CA (`--tlscacert`) restricts the API to clients holding a certificate it signed.",
    remediation:
      'Set "tlsverify": true with "tlscacert", "tlscert" and "tlskey" in daemon.json (or the flags), give clients certificates signed by that CA, or remove the tcp:// listener and use the unix socket (or SSH: docker -H ssh://host).',
    references: [
      'https://docs.docker.com/engine/security/protect-access/',
      'https://docs.docker.com/reference/cli/dockerd/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['2.7'] },
    aliases: { 'docker-bench': ['2.7'] },
    stride: ['spoofing', 'tampering', 'information-disclosure', 'elevation-of-privilege'],
  },
  messages: {
    plain: 'The Docker API listens on {{host}} without TLS: whoever reaches it is root on the host.',
    unverified:
      'The Docker API listens on {{host}} with TLS but does not verify clients ({{setting}}): any client is accepted.',
  },
  check(ctx, doc) {
    const hosts = listSetting(doc, 'hosts');
    if (hosts.from === 'unknown') return ctx.skip(hosts.reason);
    const tcp = hosts.value.filter((h) => isTcpHost(h.text));
    if (tcp.length === 0) return;
    const verify = boolSetting(doc, 'tlsverify', false);
    const tls = boolSetting(doc, 'tls', false);
    if (verify.from !== 'unknown' && verify.value === true) return;
    const tlsOn = tls.from !== 'unknown' && tls.value === true;
    for (const h of tcp) {
      if (tlsOn) {
        const setting = verify.from === 'unknown' || verify.from === 'default' ? 'tlsverify not set' : verify.written;
        ctx.report({ messageId: 'unverified', ...at(h), data: { host: h.text, setting } });
      } else ctx.report({ messageId: 'plain', ...at(h), data: { host: h.text } });
    }
  },
});
