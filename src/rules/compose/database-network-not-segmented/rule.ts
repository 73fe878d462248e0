import type { ComposeDoc, ComposeService } from '../../../sources/compose/index.js';
import { defineAuditRule } from '../../rule.js';
import { databaseOf, networksOf, onAllInterfaces, talksTo } from '../project.js';

export default defineAuditRule<ComposeDoc, 'shared'>({
  id: 'CO003',
  name: 'database-network-not-segmented',
  source: 'compose',
  meta: {
    title: 'Database on the same network as an exposed service that does not use it',
    severity: 'medium',
    description: [
      'Compose puts every service on one `default` network unless told otherwise, and every service on a network can open a connection to every other one. When a service that faces the network (it publishes a port on all host interfaces) shares a network with a database it has no business with, compromising that service (a reverse proxy, an admin UI, a front end) gives the attacker a direct line to the database, one hop from the internet.',
      "A service counts as a client of the database when it declares it: `depends_on`, `links`, or an environment value that names the database service as a host (`DB_HOST=db`, `DATABASE_URL=postgres://db/app`). The rule speaks only when the project names at least one client: then an exposed service on the database's network that is not a client has no business there. When no service declares the database (an application that keeps its connection string in its own configuration), the rule cannot tell the client from a bystander and stays silent. Services in another service's network namespace (`network_mode: service:x`) are on x's networks. Databases are recognised by their image, as in CO002.",
    ].join('\n\n'),
    remediation:
      'Segment the project: put the database on a backend network (`networks: [backend]`, optionally `internal: true`) that only the services using it join, and the exposed service on a front-end network.',
    references: [
      'https://docs.docker.com/compose/how-tos/networking/',
      'https://docs.docker.com/reference/compose-file/networks/',
    ],
    frameworks: { design: ['network-segmentation'] },
    aliases: {},
    stride: ['elevation-of-privilege', 'information-disclosure', 'tampering'],
  },
  messages: {
    shared:
      '{{kind}} service {{database}} shares network {{network}} with service {{exposed}}, which is published on all host interfaces and does not use it: a compromise of {{exposed}} reaches the database directly.',
  },
  check(ctx, doc) {
    const databases = doc.services.filter((s) => databaseOf(s));
    if (databases.length === 0) {
      ctx.skip('no database service recognised by its image');
      return;
    }
    const exposed = doc.services.filter((s) => s.runtime.ports.some(onAllInterfaces));
    for (const db of databases) {
      const dbNetworks = networksOf(doc, db);
      const shares = (s: ComposeService) => networksOf(doc, s).find((n) => dbNetworks.includes(n));
      // Only when the project names the database's clients can it tell a service that has no business with it.
      const clients = doc.services.filter((s) => s !== db && talksTo(s, db) && shares(s) !== undefined);
      if (clients.length === 0) continue;
      for (const e of exposed) {
        if (e === db || databaseOf(e) || clients.includes(e)) continue;
        const network = shares(e);
        if (network === undefined) continue;
        const node = db.value.networks ? db.at(['networks', network], 'key') : db.node;
        ctx.report({
          messageId: 'shared',
          node,
          data: { kind: databaseOf(db) ?? '', database: db.name, network, exposed: e.name },
        });
      }
    }
  },
});
