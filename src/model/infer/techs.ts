import { parseImageRef } from '../../sources/dockerfile/index.js';
import type { ComponentKind } from '../schema.js';

/**
 * What an image name or a port says about the software inside: the tech ids of src/model/techs.ts, so that the
 * threat rules written for them apply. Only names that leave little doubt are here; anything else stays without a
 * tech and the model says so in a comment.
 */
interface ImageTech {
  /** Matched against the repository's last path segment. */
  name: RegExp;
  tech: string;
  /** Tags that say something the name does not (`rabbitmq:3-management` serves an admin console). */
  adminTag?: RegExp;
  /** The image is an administrative console. */
  admin?: boolean;
}

const IMAGE_TECHS: readonly ImageTech[] = [
  {
    name: /^(ingress-nginx-controller|nginx-ingress-controller|nginx-ingress|kubernetes-ingress-controller)$/,
    tech: 'ingress-controller',
  },
  { name: /^(nginx|nginx-unprivileged|openresty)$/, tech: 'nginx' },
  { name: /^httpd$/, tech: 'httpd' },
  { name: /^apache2?$/, tech: 'apache' },
  { name: /^caddy$/, tech: 'caddy' },
  { name: /^traefik$/, tech: 'traefik' },
  { name: /^haproxy$/, tech: 'haproxy' },
  { name: /^envoy(-distroless|-alpine)?$/, tech: 'envoy' },
  { name: /^(postgres|postgresql|postgis|timescaledb|pgvector)$/, tech: 'postgres' },
  { name: /^(mysql|mysql-server|percona|percona-server)$/, tech: 'mysql' },
  { name: /^mariadb$/, tech: 'mariadb' },
  { name: /^(server|mssql-server-linux|azure-sql-edge)$/, tech: 'mssql' },
  { name: /^(oracle-xe|database|oracle-free)$/, tech: 'oracle' },
  { name: /^(mongo|mongodb|mongodb-community-server)$/, tech: 'mongodb' },
  { name: /^(redis|redis-stack|redis-stack-server|valkey|keydb)$/, tech: 'redis' },
  { name: /^memcached$/, tech: 'memcached' },
  { name: /^(elasticsearch|opensearch)$/, tech: 'elasticsearch' },
  { name: /^rabbitmq$/, tech: 'rabbitmq', adminTag: /management/ },
  { name: /^(kafka|cp-kafka|cp-server|redpanda)$/, tech: 'kafka' },
  { name: /^(cassandra|couchdb|neo4j|couchbase|scylla|influxdb)$/, tech: 'nosql-database' },
  { name: /^(cockroach|cockroachdb)$/, tech: 'sql-database' },
  { name: /^(minio|seaweedfs)$/, tech: 's3-bucket' },
  { name: /^vault$/, tech: 'vault' },
  { name: /^registry$/, tech: 'docker-registry' },
  { name: /^etcd$/, tech: 'etcd' },
  { name: /^coredns$/, tech: 'coredns' },
  { name: /^(pihole|bind9|dnsmasq|unbound)$/, tech: 'dns' },
  {
    name: /^(kube-apiserver|kube-scheduler|kube-controller-manager|kube-proxy|cloud-controller-manager)(-amd64)?$/,
    tech: '$1',
  },
  { name: /^(keycloak|dex|authelia|authentik-server)$/, tech: 'identity-provider' },
  { name: /^(fluentd|fluent-bit|logstash|graylog|syslog-ng|loki|rsyslog)$/, tech: 'log-server' },
  { name: /^(jenkins|gitlab-runner|drone|woodpecker-server)$/, tech: 'ci-runner' },
  {
    name: /^(pgadmin4?|phpmyadmin|adminer|mongo-express|portainer|portainer-ce|redis-commander|kafka-ui)$/,
    tech: 'web-application',
    admin: true,
  },
  {
    name: /^(wordpress|nextcloud|gitea|gitlab-ce|gitlab-ee|drupal|joomla|ghost|mediawiki|grafana|kibana|owncloud|mattermost-team-edition|plone)$/,
    tech: 'web-application',
  },
];

export interface TechGuess {
  tech: string;
  /** Why: shown as a comment beside `tech`. */
  reason: string;
  admin?: boolean;
}

/** The tech an image reference names, if it is one of the well-known images. */
export function techFromImage(image: string): TechGuess | undefined {
  const ref = parseImageRef(image.trim().toLowerCase());
  if (!ref.name) return undefined;
  const segments = ref.name.split('/');
  const last = segments.at(-1) ?? '';
  // Exporters, operators and clients carry the name of what they watch, not what they are.
  if (/(exporter|operator|client|cli|proxy-init|init)$/.test(last)) return undefined;
  // Microsoft's images live under mssql/ and oracle's under database/, both too generic on their own.
  if (last === 'server' && !segments.includes('mssql')) return undefined;
  if (last === 'database' && !segments.includes('oracle')) return undefined;
  if (ref.name === 'docker' || last === 'dind')
    return ref.tag?.includes('dind') || last === 'dind'
      ? { tech: 'docker-daemon', reason: `image ${image}` }
      : undefined;
  if (segments.includes('ingress-nginx') && last === 'controller')
    return { tech: 'ingress-controller', reason: `image ${image}` };
  for (const entry of IMAGE_TECHS) {
    const m = entry.name.exec(last);
    if (!m) continue;
    const tech = entry.tech.replace('$1', m[1] ?? '');
    const admin = entry.admin || (entry.adminTag !== undefined && entry.adminTag.test(ref.tag ?? ''));
    return { tech, reason: `image ${image}`, ...(admin ? { admin: true } : {}) };
  }
  return undefined;
}

/** Well-known ports of the datastores and brokers: they name the software when the image does not. */
const PORT_TECHS: Readonly<Record<number, string>> = {
  5432: 'postgres',
  3306: 'mysql',
  1433: 'mssql',
  1521: 'oracle',
  27017: 'mongodb',
  6379: 'redis',
  11211: 'memcached',
  9200: 'elasticsearch',
  5672: 'rabbitmq',
  9092: 'kafka',
  2379: 'etcd',
};

/** Ports that web applications conventionally serve HTTP on. */
const HTTP_PORTS = new Set([80, 443, 3000, 4000, 5000, 8000, 8008, 8080, 8081, 8443, 8888, 9000]);

/** A tech from the ports a service listens on; HTTP ports make an unknown program a web application. */
export function techFromPorts(ports: readonly { port: number; protocol?: string }[]): TechGuess | undefined {
  for (const p of ports) {
    const tech = PORT_TECHS[p.port];
    if (tech) return { tech, reason: `port ${p.port}` };
  }
  const http = ports.find((p) => p.protocol === 'http' || p.protocol === 'https' || HTTP_PORTS.has(p.port));
  if (http) return { tech: 'web-application', reason: `serves HTTP on port ${http.port}; api-service if it is an API` };
  return undefined;
}

const DATASTORE_TECHS = new Set([
  'postgres',
  'mysql',
  'mariadb',
  'mssql',
  'oracle',
  'mongodb',
  'redis',
  'memcached',
  'elasticsearch',
  'etcd',
  's3-bucket',
  'sql-database',
  'nosql-database',
]);

export function kindOf(tech: string | undefined, listens: boolean): ComponentKind {
  if (tech && DATASTORE_TECHS.has(tech)) return 'datastore';
  return listens ? 'service' : 'process';
}

/** Default port and wire protocol of a tech, for a flow whose port the input does not give. */
const TECH_PORTS: Readonly<Record<string, { port: number; protocol: string }>> = {
  postgres: { port: 5432, protocol: 'postgres' },
  mysql: { port: 3306, protocol: 'mysql' },
  mariadb: { port: 3306, protocol: 'mysql' },
  mssql: { port: 1433, protocol: 'mssql' },
  oracle: { port: 1521, protocol: 'oracle' },
  mongodb: { port: 27017, protocol: 'mongodb' },
  redis: { port: 6379, protocol: 'redis' },
  memcached: { port: 11211, protocol: 'memcached' },
  elasticsearch: { port: 9200, protocol: 'http' },
  rabbitmq: { port: 5672, protocol: 'amqp' },
  kafka: { port: 9092, protocol: 'kafka' },
  etcd: { port: 2379, protocol: 'etcd' },
  vault: { port: 8200, protocol: 'http' },
};

export function techPort(tech: string | undefined): { port: number; protocol: string } | undefined {
  return tech ? TECH_PORTS[tech] : undefined;
}

/** The protocol conventionally spoken on a port; undefined when the port says nothing. */
const PORT_PROTOCOLS: Readonly<Record<number, string>> = {
  21: 'ftp',
  22: 'ssh',
  25: 'smtp',
  53: 'dns',
  80: 'http',
  389: 'ldap',
  443: 'https',
  465: 'smtps',
  514: 'syslog',
  636: 'ldaps',
  993: 'imaps',
  1433: 'mssql',
  1521: 'oracle',
  2375: 'docker-api',
  2376: 'docker-api-tls',
  2379: 'etcd',
  3306: 'mysql',
  5432: 'postgres',
  5671: 'amqps',
  5672: 'amqp',
  6379: 'redis',
  6443: 'kube-api',
  8080: 'http',
  8443: 'https',
  9092: 'kafka',
  9200: 'http',
  11211: 'memcached',
  15672: 'http',
  27017: 'mongodb',
};

/** Techs that speak HTTP on their conventional web ports. */
const WEB_TECHS = new Set([
  'web-application',
  'api-service',
  'nginx',
  'httpd',
  'apache',
  'caddy',
  'traefik',
  'haproxy',
  'envoy',
  'ingress-controller',
]);

export function protocolOfPort(port: number | undefined, tech?: string): string | undefined {
  if (port === undefined) return undefined;
  const known = PORT_PROTOCOLS[port];
  if (known) return known;
  const t = techPort(tech);
  if (t && t.port === port) return t.protocol;
  // 3000 or 5000 is HTTP for a web application, and anything at all for a log shipper or a game server.
  if (HTTP_PORTS.has(port) && tech !== undefined && WEB_TECHS.has(tech)) return 'http';
  return undefined;
}

/** URL schemes as flow protocols; schemes that always run over TLS are marked so. */
const SCHEMES: Readonly<Record<string, { protocol: string; tls?: boolean; port?: number }>> = {
  http: { protocol: 'http', port: 80 },
  https: { protocol: 'https', tls: true, port: 443 },
  ws: { protocol: 'ws', port: 80 },
  wss: { protocol: 'wss', tls: true, port: 443 },
  grpc: { protocol: 'grpc' },
  grpcs: { protocol: 'grpcs', tls: true },
  postgres: { protocol: 'postgres', port: 5432 },
  postgresql: { protocol: 'postgres', port: 5432 },
  mysql: { protocol: 'mysql', port: 3306 },
  mariadb: { protocol: 'mysql', port: 3306 },
  sqlserver: { protocol: 'mssql', port: 1433 },
  mssql: { protocol: 'mssql', port: 1433 },
  mongodb: { protocol: 'mongodb', port: 27017 },
  'mongodb+srv': { protocol: 'mongodb' },
  redis: { protocol: 'redis', port: 6379 },
  rediss: { protocol: 'rediss', tls: true, port: 6379 },
  amqp: { protocol: 'amqp', port: 5672 },
  amqps: { protocol: 'amqps', tls: true, port: 5671 },
  kafka: { protocol: 'kafka', port: 9092 },
  nats: { protocol: 'nats', port: 4222 },
  mqtt: { protocol: 'mqtt', port: 1883 },
  mqtts: { protocol: 'mqtts', tls: true, port: 8883 },
  memcached: { protocol: 'memcached', port: 11211 },
  ldap: { protocol: 'ldap', port: 389 },
  ldaps: { protocol: 'ldaps', tls: true, port: 636 },
  smtp: { protocol: 'smtp', port: 25 },
  smtps: { protocol: 'smtps', tls: true, port: 465 },
  ftp: { protocol: 'ftp', port: 21 },
  sftp: { protocol: 'sftp', tls: true, port: 22 },
  ssh: { protocol: 'ssh', tls: true, port: 22 },
  tcp: { protocol: 'tcp' },
  udp: { protocol: 'udp' },
  tls: { protocol: 'tls', tls: true },
  zookeeper: { protocol: 'zookeeper', port: 2181 },
  etcd: { protocol: 'etcd', port: 2379 },
};

export function scheme(name: string | undefined): { protocol: string; tls?: boolean; port?: number } | undefined {
  return name ? SCHEMES[name.toLowerCase()] : undefined;
}

/**
 * A Kubernetes port's protocol from its `appProtocol` or its name (`http`, `http-metrics`, `grpc-web`: Istio's
 * naming convention), else from the number.
 */
export function protocolOfNamedPort(
  name: string | undefined,
  appProtocol: string | undefined,
  port?: number,
): string | undefined {
  for (const label of [appProtocol, name]) {
    if (!label) continue;
    const head =
      label
        .toLowerCase()
        .replace(/^kubernetes\.io\//, '')
        .split(/[-_]/)[0] ?? '';
    if (head === 'h2c') return 'http';
    const s = SCHEMES[head];
    if (s) return s.protocol;
    if (['mongo', 'mongodb'].includes(head)) return 'mongodb';
    if (['web', 'metrics'].includes(head)) return 'http';
  }
  return protocolOfPort(port);
}
