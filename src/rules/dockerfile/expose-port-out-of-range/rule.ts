import { type DockerfileDoc, expandArgs, variablesAt } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const PORT = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i;
const MAX = 65535;

export default defineAuditRule<DockerfileDoc, 'outOfRange' | 'invalid'>({
  id: 'DF019',
  name: 'expose-port-out-of-range',
  source: 'dockerfile',
  meta: {
    title: 'EXPOSE port outside 0-65535 or malformed',
    severity: 'low',
    description:
      'An EXPOSE names a port number above 65535, a range whose start is above its end, or something that is not `port[-port][/tcp|udp|sctp]`. The engine rejects such ports when the container is created, or the port simply is not what the author thinks is exposed, so the documented network surface of the image is wrong. Ports given by build variables are expanded where their values are known and skipped otherwise.',
    remediation: 'Use valid port numbers (0-65535) with an optional `/tcp`, `/udp` or `/sctp`, e.g. `EXPOSE 8080/tcp`.',
    references: ['https://docs.docker.com/reference/dockerfile/#expose'],
    frameworks: {},
    aliases: { trivy: ['DS-0008'], hadolint: ['DL3011'] },
    stride: ['denial-of-service'],
  },
  messages: {
    outOfRange: 'EXPOSE {{port}}: valid ports range from 0 to 65535.',
    invalid: 'EXPOSE {{port}} is not a port, a port range or a port with a protocol (tcp, udp, sctp).',
  },
  check(ctx, doc) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const arg of ins.arguments) {
        let value = arg.value;
        if (value.includes('$')) {
          const expanded = expandArgs(value, variablesAt(doc, ins));
          if (expanded.unresolved) continue;
          value = expanded.value;
        }
        const m = PORT.exec(value);
        if (!m) {
          ctx.report({ messageId: 'invalid', range: arg.range, data: { port: value } });
          continue;
        }
        const from = Number(m[1]);
        const to = m[2] === undefined ? from : Number(m[2]);
        if (from > MAX || to > MAX || from > to) {
          ctx.report({ messageId: 'outOfRange', range: arg.range, data: { port: value } });
        }
      }
    }
  },
});
