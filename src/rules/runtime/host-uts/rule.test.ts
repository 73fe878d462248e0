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
    uts: ""
`,
  ],
  invalid: [
    {
      // uts host
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    uts: host
`,
      errors: [{ messageId: 'hostUts', line: 4, column: 5, endLine: 4, endColumn: 8 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    uts: "host"
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'hostUts', line: 3, column: 5, endLine: 3, endColumn: 8 }],
    },
  ],
});
