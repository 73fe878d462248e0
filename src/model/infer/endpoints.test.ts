import { describe, expect, it } from 'vitest';
import { endpointsIn, endpointsInCommand, endpointsInNginxConfig, hostPort } from './endpoints.js';
import { protocolOfNamedPort, protocolOfPort, techFromImage, techFromPorts } from './techs.js';

describe('endpointsIn', () => {
  it.each([
    ['DATABASE_URL', 'postgres://shop:s3cret@db:5432/shop', [{ host: 'db', port: 5432, scheme: 'postgres' }]],
    ['DATABASE_URL', 'mysql://root:whalehello@db:3306/mysql', [{ host: 'db', port: 3306, scheme: 'mysql' }]],
    ['SPRING_DATASOURCE_URL', 'jdbc:mysql://db/example?useSSL=false', [{ host: 'db', scheme: 'mysql' }]],
    [
      'MONGO_URL',
      'mongodb://a:27017,b:27018/app?replicaSet=rs0',
      [
        { host: 'a', port: 27017, scheme: 'mongodb' },
        { host: 'b', port: 27018, scheme: 'mongodb' },
      ],
    ],
    ['CACHE', 'rediss://cache:6380', [{ host: 'cache', port: 6380, scheme: 'rediss' }]],
    ['REDIS_HOST', 'redis', [{ host: 'redis' }]],
    ['DB_HOST', 'db:5432', [{ host: 'db', port: 5432 }]],
    [
      'KAFKA_BROKERS',
      'kafka-0:9092,kafka-1:9092',
      [
        { host: 'kafka-0', port: 9092 },
        { host: 'kafka-1', port: 9092 },
      ],
    ],
    [
      'ConnectionStrings__Default',
      'Server=tcp:db,1433;Database=app;User Id=sa;Password=x',
      [{ host: 'db', port: 1433 }],
    ],
    ['PG_DSN', 'host=pg port=5433 dbname=app user=app', [{ host: 'pg', port: 5433 }]],
    ['UPSTREAM', 'http://[::1]:8080/', [{ host: '::1', port: 8080, scheme: 'http' }]],
  ])('%s=%s', (key, value, expected) => {
    expect(endpointsIn(key, value)).toEqual(expected);
  });

  it('reads bare names only from variables named for a host, and never versions or images', () => {
    expect(endpointsIn('MYSQL_DATABASE', 'db')).toEqual([]);
    expect(endpointsIn('POSTGRES_VERSION', 'postgres:15')).toEqual([]);
    expect(endpointsIn('BASE_IMAGE', 'redis:7')).toEqual([]);
    expect(endpointsIn('ANYTHING', 'redis:6')).toEqual([]);
    expect(endpointsIn('ANYTHING', 'api:8080')).toEqual([{ host: 'api', port: 8080 }]);
    expect(endpointsIn('GREETING', 'hello world')).toEqual([]);
  });

  it('keeps no credentials from a URL', () => {
    expect(JSON.stringify(endpointsIn('URL', 'amqp://guest:guest-password@rabbit:5672/'))).not.toContain('password');
  });
});

describe('endpointsInCommand and endpointsInNginxConfig', () => {
  it('finds URLs in a command line', () => {
    expect(endpointsInCommand(['--upstream=http://api:8080/v1', '--verbose'])).toEqual([
      { host: 'api', port: 8080, scheme: 'http' },
    ]);
  });

  it('reads proxy_pass targets and upstream servers, not upstream names', () => {
    const conf = `
      upstream backend { server app:8080 max_fails=3; server app2:8080; }
      server {
        location / { proxy_pass http://backend; }
        location /static { proxy_pass http://static:80; }  # comment: proxy_pass http://ignored:1;
        location ~ \\.php$ { fastcgi_pass php:9000; }
        location /var { proxy_pass http://$host; }
      }`;
    expect(endpointsInNginxConfig(conf)).toEqual([
      { host: 'static', port: 80, scheme: 'http' },
      { host: 'php', port: 9000, scheme: 'fastcgi' },
      { host: 'app', port: 8080 },
      { host: 'app2', port: 8080 },
    ]);
  });

  it('parses host and port', () => {
    expect(hostPort('db')).toEqual({ host: 'db' });
    expect(hostPort('db:5432')).toEqual({ host: 'db', port: 5432 });
    expect(hostPort('db:http')).toBeUndefined();
    expect(hostPort('not a host')).toBeUndefined();
  });
});

describe('techs', () => {
  it.each([
    ['nginx:1.27-alpine', 'nginx'],
    ['docker.io/library/postgres:16', 'postgres'],
    ['bitnami/postgresql:16', 'postgres'],
    ['mariadb:10-focal', 'mariadb'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'mssql'],
    ['registry.k8s.io/redis:e2e', 'redis'],
    ['mongo:7', 'mongodb'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.13.0', 'elasticsearch'],
    ['rabbitmq:3-management', 'rabbitmq'],
    ['docker.redpanda.com/vectorized/redpanda:v22.2.2', 'kafka'],
    ['traefik:2.6', 'traefik'],
    ['registry.k8s.io/ingress-nginx/controller:v1.10.0', 'ingress-controller'],
    ['dpage/pgadmin4', 'web-application'],
    ['docker:dind', 'docker-daemon'],
  ])('%s is %s', (image, tech) => {
    expect(techFromImage(image)?.tech).toBe(tech);
  });

  it('leaves exporters, clients and unknown images alone', () => {
    expect(techFromImage('prom/postgres-exporter')).toBeUndefined();
    expect(techFromImage('bitnami/redis-cli')).toBeUndefined();
    expect(techFromImage('ghcr.io/example/shop-api:1.2')).toBeUndefined();
    expect(techFromImage('docker:24-cli')).toBeUndefined();
  });

  it('marks admin consoles', () => {
    expect(techFromImage('rabbitmq:3-management')?.admin).toBe(true);
    expect(techFromImage('rabbitmq:3')?.admin).toBeUndefined();
    expect(techFromImage('phpmyadmin:5')?.admin).toBe(true);
  });

  it('guesses from ports, HTTP only for web techs', () => {
    expect(techFromPorts([{ port: 5432 }])?.tech).toBe('postgres');
    expect(techFromPorts([{ port: 8000 }])?.tech).toBe('web-application');
    expect(techFromPorts([{ port: 25565 }])).toBeUndefined();
    expect(protocolOfPort(5000, 'web-application')).toBe('http');
    expect(protocolOfPort(5000, 'log-server')).toBeUndefined();
    expect(protocolOfPort(9200, 'elasticsearch')).toBe('http');
    expect(protocolOfNamedPort('http-metrics', undefined, 9090)).toBe('http');
    expect(protocolOfNamedPort('grpc', undefined, 8500)).toBe('grpc');
    expect(protocolOfNamedPort('rest', 'kubernetes.io/h2c', 8501)).toBe('http');
  });
});
