import { composeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeParser, {
  valid: [
    // port 80 of the TLS-terminating service is taken to redirect to HTTPS
    `services:
  web:
    image: nginx
    ports: ["80:80", "443:443"]
`,
    // bound to loopback, or not published at all
    `services:
  app:
    image: app
    ports: ["127.0.0.1:8080:8080", "[::1]:3000:3000"]
    expose: ["80"]
`,
    // not HTTP
    `services:
  dns:
    image: coredns/coredns
    ports: ["53:53/udp", "53:53/tcp", "9153:9153"]
`,
    `services:
  web:
    image: nginx
    # stridebench:ignore CO001 TLS is terminated by the cloud load balancer
    ports: ["80:80"]
`,
  ],
  invalid: [
    {
      code: `services:
  web:
    image: nginx
    ports:
      - "80:80"
      - target: 8080
        published: 8081
`,
      errors: [
        { messageId: 'noTls', line: 5, column: 9, endLine: 5, endColumn: 16 },
        { messageId: 'noTls', line: 6, column: 9, endLine: 7, endColumn: 24 },
      ],
    },
    {
      // an application port published beside the proxy; the proxy's own admin port too
      code: `services:
  proxy:
    image: traefik:3.1
    ports: ["80:80", "443:443", "8080:8080"]
  app:
    image: app
    ports: ["0.0.0.0:3000:3000", "3000"]
`,
      errors: [
        { messageId: 'besideTls', line: 4, column: 33, endLine: 4, endColumn: 44 },
        { messageId: 'besideTls', line: 7, column: 13, endLine: 7, endColumn: 32 },
        { messageId: 'besideTls', line: 7, column: 34, endLine: 7, endColumn: 40 },
      ],
    },
    {
      // the HTTP port comes from the override file: the finding is there
      code: `services:
  web:
    image: nginx
# file: compose.override.yaml
services:
  web:
    ports:
      - "8080:80"
`,
      errors: [{ messageId: 'noTls', line: 4, column: 9, endLine: 4, endColumn: 18, uri: 'compose.override.yaml' }],
    },
  ],
});
