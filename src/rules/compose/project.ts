// What the compose rules know about a project as a whole: which ports reach the host's networks, which services are
// databases, which networks a service sits on and which services it talks to. Private to src/rules/compose.
import type { ComposeDoc, ComposeService } from '../../sources/compose/index.js';
import type { PortSetting } from '../../sources/runtime.js';

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);

/** A port published on every host interface (no host address, or the wildcard one). */
export function onAllInterfaces(p: PortSetting): boolean {
  return p.hostPort !== undefined && ALL_INTERFACES.has((p.hostIp ?? '').trim());
}

/** `host:port` as a user would write it, for messages. */
export function published(p: PortSetting): string {
  const host = p.hostPort ? String(p.hostPort) : '(a random port)';
  return `${host}->${p.containerPort ?? '?'}/${p.protocol}`;
}

/** Repository path of an image reference, lower case, without registry port confusion, tag or digest. */
export function repositoryOf(image: string): string {
  let rest = image.trim().toLowerCase();
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  return colon > slash ? rest.slice(0, colon) : rest;
}

/** Database and data-store images, by the last component of the repository (`bitnami/postgresql` → PostgreSQL). */
const DATABASES: [RegExp, string][] = [
  [/^(postgres|postgresql|postgis|timescaledb(-ha)?|pgvector|supabase-postgres)$/, 'PostgreSQL'],
  [/^(mysql|mysql-server|percona|percona-server)$/, 'MySQL'],
  [/^mariadb$/, 'MariaDB'],
  [/^(mongo|mongodb|mongodb-community-server)$/, 'MongoDB'],
  [/^(redis|redis-stack|redis-stack-server|valkey|keydb)$/, 'Redis'],
  [/^memcached$/, 'Memcached'],
  [/^(elasticsearch|opensearch)$/, 'Elasticsearch'],
  [/^(cassandra|scylla)$/, 'Cassandra'],
  [/^couchdb$/, 'CouchDB'],
  [/^(couchbase|couchbase-server)$/, 'Couchbase'],
  [/^neo4j$/, 'Neo4j'],
  [/^influxdb$/, 'InfluxDB'],
  [/^(clickhouse|clickhouse-server)$/, 'ClickHouse'],
  [/^cockroach$/, 'CockroachDB'],
  [/^rethinkdb$/, 'RethinkDB'],
  [/^arangodb$/, 'ArangoDB'],
  [/^etcd$/, 'etcd'],
  [/^(oracle-xe|oracle-free)$/, 'Oracle Database'],
];

/** The database an image runs, when its name says so (`mcr.microsoft.com/mssql/server` included). */
export function databaseOf(service: ComposeService): string | undefined {
  const image = service.runtime.image?.value;
  if (!image) return undefined;
  const repo = repositoryOf(image);
  if (/(^|\/)(mssql|azure-sql-edge)(\/|$)/.test(repo)) return 'SQL Server';
  const name = repo.split('/').at(-1) ?? '';
  return DATABASES.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * The project networks a service is attached to: its `networks`, or `default` when it names none. A service in
 * another service's network namespace (`network_mode: service:x`) sits on x's networks; `host`, `none` and
 * `container:` leave the project's networks.
 */
export function networksOf(doc: ComposeDoc, service: ComposeService, seen = new Set<string>()): string[] {
  const mode = service.value.network_mode;
  if (typeof mode === 'string') {
    const shared = /^service:(.+)$/.exec(mode);
    const other = shared ? doc.services.find((s) => s.name === shared[1]) : undefined;
    if (!other || seen.has(other.name)) return [];
    seen.add(service.name);
    return networksOf(doc, other, seen);
  }
  const networks = service.value.networks;
  if (networks && typeof networks === 'object' && !Array.isArray(networks)) return Object.keys(networks);
  return ['default'];
}

/**
 * Whether `client` declares that it talks to `server`: `depends_on`, `links`, or an environment value naming the
 * server as a host (`DB_HOST=db`, `DATABASE_URL=postgres://db:5432/app`).
 */
export function talksTo(client: ComposeService, server: ComposeService): boolean {
  const deps = client.value.depends_on;
  if (deps && typeof deps === 'object' && server.name in (deps as object)) return true;
  const links = client.value.links;
  if (Array.isArray(links) && links.some((l) => String(l).split(':')[0] === server.name)) return true;
  const host = new RegExp(
    `(^|[^A-Za-z0-9_.-])${server.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9_.-]|$)`,
  );
  return client.runtime.env.some((e) => e.value !== undefined && host.test(e.value));
}
