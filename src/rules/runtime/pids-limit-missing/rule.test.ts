import { composeRuntimeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    pids_limit: 200
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    deploy:
      resources:
        limits:
          pids: 100
`,
  ],
  invalid: [
    {
      // no limit
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // unlimited in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    pids_limit: -1
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'unlimited', line: 3, column: 5, endLine: 3, endColumn: 15 }],
    },
  ],
});
