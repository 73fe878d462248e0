import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, RUNNING, who } from '../helpers.js';

const ANY = new Set(['', '0.0.0.0', '::', '[::]']);

export default defineAuditRule<RuntimeDoc, 'allInterfaces'>({
  id: 'RT024',
  name: 'port-on-all-interfaces',
  source: 'runtime',
  meta: {
    title: 'Port published on all host interfaces',
    severity: 'medium',
    description:
      'A port published on the host without a host address (compose `ports: ["8080:80"]`, a Kubernetes `hostPort` without `hostIP`) listens on every interface of the host, the public one included, and Docker\'s iptables rules let it through host firewalls such as ufw. Binding it to one address (`127.0.0.1:8080:80` for a local reverse proxy, or an internal interface) keeps it where it belongs. Pod Security Standards: baseline forbids host ports altogether (RT023).',
    remediation:
      'Publish with a host address: compose `ports: ["127.0.0.1:8080:80"]` (or the internal interface), Kubernetes `hostIP`; better, do not publish and reach the service over an internal network.',
    references: [
      'https://docs.docker.com/engine/network/packet-filtering-firewalls/',
      'https://docs.docker.com/reference/compose-file/services/#ports',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.14'] },
    aliases: { 'docker-bench': ['5.14'] },
    stride: ['information-disclosure', 'spoofing'],
  },
  messages: {
    allInterfaces: '{{container}} publishes port {{port}} on all host interfaces.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { roles: RUNNING })) {
      for (const p of r.ports)
        if (p.hostPort !== undefined && p.hostPort > 0 && ANY.has((p.hostIp ?? '').trim()))
          ctx.report({ messageId: 'allInterfaces', node: p.node, data: { ...who(r), port: p.hostPort } });
    }
  },
});
