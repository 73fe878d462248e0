import { composeRuntimeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    restart: "no"
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    restart: on-failure:5
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    deploy:
      restart_policy:
        condition: on-failure
        max_attempts: 3
`,
  ],
  invalid: [
    {
      // always
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    restart: always
`,
      errors: [{ messageId: 'always', line: 4, column: 5, endLine: 4, endColumn: 12 }],
    },
    {
      // unless-stopped
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    restart: unless-stopped
`,
      errors: [{ messageId: 'always', line: 4, column: 5, endLine: 4, endColumn: 12 }],
    },
    {
      // on-failure without a limit
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    restart: on-failure
`,
      errors: [{ messageId: 'unbounded', line: 4, column: 5, endLine: 4, endColumn: 12 }],
    },
    {
      // too many retries in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    restart: on-failure:10
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'unbounded', line: 3, column: 5, endLine: 3, endColumn: 12 }],
    },
    {
      // swarm restart policy any
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    deploy:
      restart_policy:
        condition: any
`,
      errors: [{ messageId: 'always', line: 6, column: 9, endLine: 6, endColumn: 18 }],
    },
  ],
});
