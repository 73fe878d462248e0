import { composeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeParser, {
  valid: [
    `services:
  db:
    image: mysql:8.4
    expose: ["3306"]
`,
    `services:
  cache:
    image: redis:7
    ports: ["127.0.0.1:6379:6379"]
`,
    // not a database image
    `services:
  web:
    image: nginx
    ports: ["5432:5432"]
`,
  ],
  invalid: [
    {
      code: `services:
  cache:
    image: docker.io/bitnami/redis:7.4@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    ports: ["6379:6379"]
  search:
    image: opensearchproject/opensearch:2
    network_mode: host
  sql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    ports:
      - target: 1433
        published: 1433
        host_ip: 0.0.0.0
`,
      errors: [
        { messageId: 'published', line: 4, column: 13, endLine: 4, endColumn: 24 },
        { messageId: 'hostNetwork', line: 7, column: 5, endLine: 7, endColumn: 17 },
        { messageId: 'published', line: 11, column: 9, endLine: 13, endColumn: 25 },
      ],
    },
    {
      // the override publishes the database of the main file
      code: `services:
  db:
    image: mongo:7
# file: docker-compose.override.yml
services:
  db:
    ports:
      - 27017:27017
`,
      errors: [
        {
          messageId: 'published',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 20,
          uri: 'docker-compose.override.yml',
        },
      ],
    },
  ],
});
