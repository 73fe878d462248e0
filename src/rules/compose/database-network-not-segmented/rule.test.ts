import { composeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeParser, {
  valid: [
    // the exposed service uses the database
    `services:
  app:
    image: app
    ports: ["8080:8080"]
    depends_on: { cache: { condition: service_started } }
  cache:
    image: redis:7
`,
    `services:
  app:
    image: app
    ports: ["8080:8080"]
    links: ["db:database"]
  db:
    image: mariadb:11
`,
    // no service declares the database: its client cannot be told from a bystander
    `services:
  backend:
    build: backend
    ports: ["8080:8080"]
  db:
    image: postgres:16
`,
    // the other exposed service is published on loopback
    `services:
  adminer:
    image: adminer
    ports: ["127.0.0.1:8080:8080"]
  app:
    image: app
    depends_on: [db]
  db:
    image: mysql:8
`,
    // a host-network service is on none of the project's networks
    `services:
  exporter:
    image: prom/mysqld-exporter
    network_mode: host
    ports: ["9104:9104"]
  app:
    image: app
    environment: { DB_HOST: db }
    networks: [data]
  db:
    image: mysql:8
    networks: [data]
networks:
  data:
`,
  ],
  invalid: [
    {
      code: `services:
  grafana:
    image: grafana/grafana
    ports: ["3000:3000"]
  app:
    image: app
    environment: ["REDIS_HOST=cache", "DATABASE_URL=postgres://db:5432/app"]
    networks: [default, data]
  cache:
    image: redis:7
  db:
    image: postgres:16
    networks: [default, data]
networks:
  data:
`,
      errors: [
        { messageId: 'shared', line: 9, column: 3, endLine: 9, endColumn: 8 },
        { messageId: 'shared', line: 13, column: 16, endLine: 13, endColumn: 23 },
      ],
    },
    {
      // a sidecar that joins the exposed service's network namespace is on its networks
      code: `services:
  web:
    image: nginx
    ports: ["8443:443"]
    networks: [edge]
  tunnel:
    image: cloudflared
    network_mode: "service:web"
    depends_on: [web]
  api:
    image: api
    depends_on: [db]
    networks: [edge]
  db:
    image: mongo:7
    networks:
      edge: {}
networks:
  edge:
`,
      errors: [{ messageId: 'shared', line: 17, column: 7, endLine: 17, endColumn: 11 }],
    },
    {
      // the override joins the database to the front-end network
      code: `services:
  proxy:
    image: nginx
    ports: ["80:80"]
    networks: [front]
  app:
    image: app
    depends_on: [db]
    networks: [front, back]
  db:
    image: postgres:16
    networks: [back]
networks:
  front:
  back:
# file: compose.override.yaml
services:
  db:
    networks: [front]
`,
      errors: [{ messageId: 'shared', line: 3, column: 16, endLine: 3, endColumn: 21, uri: 'compose.override.yaml' }],
    },
  ],
});
