import { composeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeParser, {
  valid: [
    `services:
  app:
    build: .
`,
    `services:
  app:
    build:
      context: .
      privileged: false
      entitlements: [network.host]
`,
  ],
  invalid: [
    {
      code: `services:
  app:
    build:
      context: ./dir
      privileged: "\${PRIVILEGED_BUILD:-true}"
      entitlements:
        - network.host
        - security.insecure
`,
      errors: [
        { messageId: 'privileged', line: 5, column: 7, endLine: 5, endColumn: 17 },
        { messageId: 'insecure', line: 8, column: 11, endLine: 8, endColumn: 28 },
      ],
    },
    {
      // the override turns it on for a service built in the main file
      code: `services:
  app:
    build: ./app
# file: compose.override.yaml
services:
  app:
    build:
      privileged: true
`,
      errors: [
        { messageId: 'privileged', line: 4, column: 7, endLine: 4, endColumn: 17, uri: 'compose.override.yaml' },
      ],
    },
  ],
});
