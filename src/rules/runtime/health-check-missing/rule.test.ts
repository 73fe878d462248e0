import { composeRuntimeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost/healthz"]
      interval: 30s
`,
  ],
  invalid: [
    {
      // no health check
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // disabled
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    healthcheck:
      disable: true
`,
      errors: [{ messageId: 'disabled', line: 4, column: 5, endLine: 4, endColumn: 16 }],
    },
    {
      // NONE in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    healthcheck:
      test: ["NONE"]
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'disabled', line: 3, column: 5, endLine: 3, endColumn: 16 }],
    },
  ],
});
