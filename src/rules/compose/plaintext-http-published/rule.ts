import type { ComposeDoc } from '../../../sources/compose/index.js';
import type { PortSetting } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { onAllInterfaces, published } from '../project.js';

/** Container ports that web servers and application frameworks serve plain HTTP on by default. */
const HTTP_PORTS = new Set([80, 3000, 5000, 8000, 8008, 8080, 8081, 8888]);
/** Host ports that clients expect plain HTTP on, whatever the container port. */
const HTTP_HOST_PORTS = new Set([80, 8080]);
const TLS_PORTS = new Set([443, 8443]);

const isHttp = (p: PortSetting) =>
  p.protocol === 'tcp' &&
  ((p.containerPort !== undefined && HTTP_PORTS.has(p.containerPort)) ||
    (p.hostPort !== undefined && HTTP_HOST_PORTS.has(p.hostPort)));
const isTls = (p: PortSetting) =>
  p.protocol === 'tcp' &&
  ((p.containerPort !== undefined && TLS_PORTS.has(p.containerPort)) ||
    (p.hostPort !== undefined && TLS_PORTS.has(p.hostPort)));

export default defineAuditRule<ComposeDoc, 'noTls' | 'besideTls'>({
  id: 'CO001',
  name: 'plaintext-http-published',
  source: 'compose',
  meta: {
    title: 'Plain HTTP published to every host interface without TLS termination',
    severity: 'medium',
    description: [
      'A service that publishes an HTTP port on all host interfaces serves clients in clear text: anyone on the path can read and rewrite the traffic, steal session cookies and credentials, and impersonate the site (the seed threat model spoofing threat on port 80).',
      'The check looks at the whole project. A TCP port counts as HTTP when its container port is one that web servers and frameworks serve HTTP on by default (80, 3000, 5000, 8000, 8008, 8080, 8081, 8888) or its host port is 80 or 8080; a service terminates TLS when it publishes 443 or 8443 on all interfaces.',
      'With no TLS endpoint in the project every such HTTP port is reported. With one, port 80 of the TLS-terminating service itself is assumed to redirect to HTTPS and is not reported (compose cannot show the proxy configuration: check the redirect and HSTS), while HTTP ports of other services, and other HTTP ports of the proxy, are reported because clients can reach them in clear text, around the TLS endpoint.',
      'Ports bound to one address (`127.0.0.1:8080:80`) are not reported: they do not face the network. The heuristic cannot see a TLS terminator outside the project (a cloud load balancer); suppress the finding with that as the reason. It can also take a non-HTTP service on one of those ports for HTTP (the Logstash TCP input on 5000, for one).',
    ].join('\n\n'),
    remediation:
      'Put a TLS-terminating reverse proxy (nginx, Traefik, Caddy) in the project that publishes 443 and redirects 80 to HTTPS with HSTS, and publish application ports on `127.0.0.1` only, or not at all (reach them over a project network).',
    references: [
      'https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html',
      'https://docs.docker.com/reference/compose-file/services/#ports',
    ],
    frameworks: { design: ['tls'] },
    aliases: {},
    stride: ['spoofing', 'information-disclosure', 'tampering'],
  },
  messages: {
    noTls:
      'service {{service}} publishes HTTP port {{port}} on all host interfaces and no service of the project terminates TLS (none publishes 443): traffic can be read, altered and spoofed.',
    besideTls:
      'service {{service}} publishes HTTP port {{port}} on all host interfaces beside the TLS endpoint of service {{tls}}: clients can reach it in clear text, around TLS.',
  },
  check(ctx, doc) {
    if (doc.services.length === 0) {
      ctx.skip('the project has no services');
      return;
    }
    const terminators = doc.services.filter((s) => s.runtime.ports.some((p) => onAllInterfaces(p) && isTls(p)));
    for (const s of doc.services) {
      for (const p of s.runtime.ports) {
        if (!onAllInterfaces(p) || !isHttp(p)) continue;
        const data = { service: s.name, port: published(p) };
        if (terminators.length === 0) ctx.report({ messageId: 'noTls', node: p.node, data });
        else if (!(terminators.includes(s) && p.containerPort === 80)) {
          ctx.report({ messageId: 'besideTls', node: p.node, data: { ...data, tls: terminators[0]?.name ?? '' } });
        }
      }
    }
  },
});
