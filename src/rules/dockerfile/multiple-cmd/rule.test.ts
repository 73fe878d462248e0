import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nCMD ["sh"]\n',
      'FROM golang:1.23 AS build\nCMD ["go", "test"]\nFROM alpine:3.20\nCMD ["/app"]\n',
      'FROM alpine:3.20\nENTRYPOINT ["/app"]\nCMD ["--help"]\n',
      'FROM alpine:3.20\nRUN echo CMD\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1\nCMD ["/app"]\n',
    ],
    invalid: [
      {
        code: 'FROM golang:1.7.3\nCMD ./app\nCMD ./apps\nFROM alpine:3.13\nCMD ./app\n',
        errors: [{ messageId: 'overridden', line: 2, column: 1, endLine: 2, endColumn: 10 }],
      },
      {
        code: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\nCMD ["c"]\n',
        errors: [
          { messageId: 'overridden', line: 2, column: 1, endLine: 2, endColumn: 10 },
          { messageId: 'overridden', line: 3, column: 1, endLine: 3, endColumn: 10 },
        ],
      },
    ],
  },
);
