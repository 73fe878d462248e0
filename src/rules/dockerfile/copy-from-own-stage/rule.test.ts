import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n',
      'FROM golang:1.23 AS dep\nCOPY  /binary /\n',
      'FROM golang:1.23\nRUN true\nFROM alpine:3.20\nCOPY --from=0 /x /x\n',
      'FROM alpine:3.20 AS a\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n',
    ],
    invalid: [
      {
        code: 'FROM golang:1.7.3 as dep\nCOPY --from=dep /binary /\n',
        errors: [{ messageId: 'ownStage', line: 2, column: 6, endLine: 2, endColumn: 16 }],
      },
      {
        code: 'FROM golang:1.23 AS Build\nCOPY --chown=1:1 --from=build /x /x\n',
        errors: [{ messageId: 'ownStage', line: 2, column: 18, endLine: 2, endColumn: 30 }],
      },
      {
        code: 'FROM golang:1.23\nRUN true\nFROM alpine:3.20\nCOPY --from=1 /x /y\n',
        errors: [{ messageId: 'ownStage', line: 4, column: 6, endLine: 4, endColumn: 14 }],
      },
    ],
  },
);
