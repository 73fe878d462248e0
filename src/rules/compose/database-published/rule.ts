import type { ComposeDoc } from '../../../sources/compose/index.js';
import { defineAuditRule } from '../../rule.js';
import { databaseOf, onAllInterfaces, published } from '../project.js';

export default defineAuditRule<ComposeDoc, 'published' | 'hostNetwork'>({
  id: 'CO002',
  name: 'database-published',
  source: 'compose',
  meta: {
    title: 'Database reachable on every host interface',
    severity: 'high',
    description: [
      'A database, cache or search engine whose port is published on all host interfaces (or that shares the host network) can be reached by anyone who can reach the host: its authentication is all that stands between the network and the data, and many of these images start without one (Redis, Memcached, Elasticsearch, MongoDB without `MONGO_INITDB_ROOT_USERNAME`). Docker publishes ports through its own iptables rules, so a host firewall such as ufw does not stop them.',
      'Services are recognised as databases by their image (postgres, mysql, mariadb, mongo, redis, valkey, memcached, elasticsearch, opensearch, cassandra, couchdb, couchbase, neo4j, influxdb, clickhouse, cockroach, rethinkdb, arangodb, etcd, mssql, oracle and the common bitnami/timescale/postgis variants). A service built from a Dockerfile is not recognised.',
    ].join('\n\n'),
    remediation:
      'Do not publish the database: the services that use it reach it over a project network. When it must be reached from the host (a local client, a backup job), publish it on `127.0.0.1` only: `"127.0.0.1:5432:5432"`.',
    references: [
      'https://docs.docker.com/engine/network/packet-filtering-firewalls/',
      'https://docs.docker.com/reference/compose-file/services/#ports',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.14'], design: ['network-segmentation'] },
    aliases: {},
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    published:
      '{{kind}} service {{service}} publishes port {{port}} on all host interfaces: the database faces the network.',
    hostNetwork: '{{kind}} service {{service}} uses the host network: the database listens on the host interfaces.',
  },
  check(ctx, doc) {
    const databases = doc.services.flatMap((s) => {
      const kind = databaseOf(s);
      return kind ? [{ s, kind }] : [];
    });
    if (databases.length === 0) {
      ctx.skip('no database service recognised by its image');
      return;
    }
    for (const { s, kind } of databases) {
      for (const p of s.runtime.ports) {
        if (onAllInterfaces(p))
          ctx.report({ messageId: 'published', node: p.node, data: { kind, service: s.name, port: published(p) } });
      }
      if (s.runtime.hostNetwork?.value === true) {
        ctx.report({ messageId: 'hostNetwork', node: s.runtime.hostNetwork.node, data: { kind, service: s.name } });
      }
    }
  },
});
