import { composeParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, composeParser, {
  valid: [
    `services:
  a:
    image: a
    security_opt:
      - no-new-privileges
      - no-new-privileges=false
      - apparmor:docker-default
      - seccomp=./profile.json
      - label:disable
      - label=level:s0:c100,c200
      - systempaths=unconfined
      - disable
`,
    `services:
  a:
    image: a
`,
  ],
  invalid: [
    {
      code: `services:
  a:
    image: a
    security_opt:
      - label:seccomp:unconfined
      - seccomp-profile=default.json
      - no-new-privileges=yes
      - systempaths=/proc
      - nonewprivileges
`,
      errors: [
        { messageId: 'badLabel', line: 5, column: 9, endLine: 5, endColumn: 33 },
        { messageId: 'rejected', line: 6, column: 9, endLine: 6, endColumn: 37 },
        { messageId: 'badBool', line: 7, column: 9, endLine: 7, endColumn: 30 },
        { messageId: 'badSystempaths', line: 8, column: 9, endLine: 8, endColumn: 26 },
        { messageId: 'rejected', line: 9, column: 9, endLine: 9, endColumn: 24 },
      ],
    },
    {
      // inherited through extends from another service of the file
      code: `services:
  base:
    image: a
    security_opt: ["seccomp unconfined"]
  web:
    extends: base
`,
      errors: [
        { messageId: 'rejected', line: 4, column: 20, endLine: 4, endColumn: 40 },
        { messageId: 'rejected', line: 4, column: 20, endLine: 4, endColumn: 40 },
      ],
    },
  ],
});
