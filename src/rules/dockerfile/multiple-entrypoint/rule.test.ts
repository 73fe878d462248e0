import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nENTRYPOINT ["/app"]\n',
      'FROM alpine:3.20 AS a\nENTRYPOINT ["/a"]\nFROM a\nENTRYPOINT ["/b"]\n',
      'FROM alpine:3.20\nENTRYPOINT ["/app"]\nCMD ["--serve"]\n',
    ],
    invalid: [
      {
        code: 'FROM golang:1.7.3 AS dep\nENTRYPOINT [ "/opt/app/run.sh --port 8080" ]\nENTRYPOINT [ "/opt/app/run.sh --port 8080" ]\n',
        errors: [{ messageId: 'overridden', line: 2, column: 1, endLine: 2, endColumn: 45 }],
      },
      {
        code: 'FROM alpine:3.20\nENTRYPOINT /bin/sh -c \\\n  "exec /app"\nENTRYPOINT ["/app"]\n',
        errors: [{ messageId: 'overridden', line: 2, column: 1, endLine: 3, endColumn: 14 }],
      },
    ],
  },
);
