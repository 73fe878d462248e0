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
    user: "10001"
`,
  ],
  invalid: [
    {
      // userns_mode host
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    userns_mode: host
`,
      errors: [{ messageId: 'hostUserns', line: 4, column: 5, endLine: 4, endColumn: 16 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    userns_mode: "host"
`,
      errors: [
        { uri: 'compose.override.yaml', messageId: 'hostUserns', line: 3, column: 5, endLine: 3, endColumn: 16 },
      ],
    },
  ],
});
