import { composeRuntimeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // short syntax
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    devices:
      - /dev/sda:/dev/xvda:rwm
`,
      errors: [{ messageId: 'device', line: 5, column: 9, endLine: 5, endColumn: 31 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    devices:
      - "/dev/ttyUSB0:/dev/ttyUSB0"
      - /dev/snd
`,
      errors: [
        { uri: 'compose.override.yaml', messageId: 'device', line: 4, column: 9, endLine: 4, endColumn: 36 },
        { uri: 'compose.override.yaml', messageId: 'device', line: 5, column: 9, endLine: 5, endColumn: 17 },
      ],
    },
  ],
});
