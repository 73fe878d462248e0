/**
 * Technologies the threat rules know. A component's `tech` may be any string; a known tech brings its families,
 * so a rule written for `sql-database` applies to postgres, mysql and the rest.
 */
export interface TechInfo {
  readonly title: string;
  readonly families: readonly TechFamily[];
}

export const TECH_FAMILIES = [
  'web-server',
  'web-application',
  'api',
  'load-balancer',
  'reverse-proxy',
  'browser',
  'database',
  'sql-database',
  'nosql-database',
  'cache',
  'message-queue',
  'object-storage',
  'log-server',
  'payment-gateway',
  'identity-provider',
  'secret-store',
  'operating-system',
  'docker',
  'container',
  'container-runtime',
  'image-registry',
  'ci-system',
  'kubernetes',
  'kubernetes-control-plane',
  'kubernetes-node',
  'kubernetes-workload',
  'ingress',
  'service-mesh',
  'dns',
] as const;
export type TechFamily = (typeof TECH_FAMILIES)[number];

const t = (title: string, ...families: TechFamily[]): TechInfo => ({ title, families });

export const TECHS: Readonly<Record<string, TechInfo>> = {
  // generic web infrastructure
  nginx: t('Nginx', 'web-server', 'reverse-proxy'),
  apache: t('Apache httpd', 'web-server'),
  httpd: t('Apache httpd', 'web-server'),
  caddy: t('Caddy', 'web-server', 'reverse-proxy'),
  traefik: t('Traefik', 'reverse-proxy', 'load-balancer', 'ingress'),
  envoy: t('Envoy', 'reverse-proxy', 'load-balancer'),
  haproxy: t('HAProxy', 'load-balancer', 'reverse-proxy'),
  'load-balancer': t('Load balancer', 'load-balancer'),
  'web-application': t('Web application', 'web-application'),
  'api-service': t('API service', 'api', 'web-application'),
  browser: t('Web browser', 'browser'),
  'sql-database': t('SQL database', 'database', 'sql-database'),
  postgres: t('PostgreSQL', 'database', 'sql-database'),
  mysql: t('MySQL', 'database', 'sql-database'),
  mariadb: t('MariaDB', 'database', 'sql-database'),
  mssql: t('Microsoft SQL Server', 'database', 'sql-database'),
  oracle: t('Oracle Database', 'database', 'sql-database'),
  mongodb: t('MongoDB', 'database', 'nosql-database'),
  redis: t('Redis', 'cache', 'nosql-database'),
  memcached: t('Memcached', 'cache'),
  elasticsearch: t('Elasticsearch', 'database', 'nosql-database'),
  rabbitmq: t('RabbitMQ', 'message-queue'),
  kafka: t('Apache Kafka', 'message-queue'),
  's3-bucket': t('Object storage bucket', 'object-storage'),
  syslog: t('Syslog server', 'log-server'),
  'log-server': t('Log server', 'log-server'),
  braintree: t('Braintree payment gateway', 'payment-gateway'),
  stripe: t('Stripe payment gateway', 'payment-gateway'),
  'payment-gateway': t('Payment gateway', 'payment-gateway'),
  'identity-provider': t('Identity provider', 'identity-provider'),
  vault: t('HashiCorp Vault', 'secret-store'),
  'opensuse-leap': t('openSUSE Leap', 'operating-system'),
  linux: t('Linux host', 'operating-system'),
  dns: t('DNS resolver', 'dns'),
  // Docker
  'docker-client': t('Docker client', 'docker'),
  'docker-daemon': t('Docker daemon (dockerd)', 'docker', 'container-runtime'),
  'docker-host': t('Docker host', 'docker', 'operating-system'),
  'docker-registry': t('Docker registry', 'docker', 'image-registry'),
  'docker-hub': t('Docker Hub', 'docker', 'image-registry'),
  container: t('Container', 'container'),
  containerd: t('containerd', 'container-runtime'),
  'ci-runner': t('CI runner', 'ci-system'),
  // Kubernetes
  'kube-apiserver': t('kube-apiserver', 'kubernetes', 'kubernetes-control-plane'),
  etcd: t('etcd', 'kubernetes', 'kubernetes-control-plane', 'database'),
  'kube-scheduler': t('kube-scheduler', 'kubernetes', 'kubernetes-control-plane'),
  'kube-controller-manager': t('kube-controller-manager', 'kubernetes', 'kubernetes-control-plane'),
  'cloud-controller-manager': t('cloud-controller-manager', 'kubernetes', 'kubernetes-control-plane'),
  kubelet: t('kubelet', 'kubernetes', 'kubernetes-node'),
  'kube-proxy': t('kube-proxy', 'kubernetes', 'kubernetes-node'),
  kubectl: t('kubectl', 'kubernetes'),
  pod: t('Pod', 'kubernetes', 'kubernetes-workload', 'container'),
  sidecar: t('Sidecar container', 'kubernetes-workload', 'container'),
  'ingress-controller': t('Ingress controller', 'kubernetes', 'ingress', 'reverse-proxy'),
  coredns: t('CoreDNS', 'kubernetes', 'dns'),
  'cloud-provider-api': t('Cloud provider API', 'identity-provider'),
};

/** The tech itself and its families: what a `tech:` predicate matches against. */
export function techTags(tech: string | undefined): readonly string[] {
  if (!tech) return [];
  const info = TECHS[tech];
  return info ? [tech, ...info.families] : [tech];
}

export function isKnownTech(tech: string): boolean {
  return tech in TECHS || (TECH_FAMILIES as readonly string[]).includes(tech);
}
