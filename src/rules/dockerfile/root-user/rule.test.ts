import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nUSER app\n',
      'FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER 10001:10001\n',
      'FROM golang:1.22 AS build\nRUN go build\nFROM gcr.io/distroless/static\nUSER nonroot\n',
      'FROM alpine:3.20 AS base\nUSER 10001\nFROM base\nCOPY app /app\n',
      '# stridebench:ignore DF001 the entrypoint drops privileges with su-exec\nFROM alpine:3.20\nRUN echo hi\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.20\nRUN id\n',
        errors: [{ messageId: 'noUser', line: 1, column: 1, endLine: 1, endColumn: 17 }],
      },
      {
        code: 'FROM alpine:3.20\nUSER app\nUSER root\n',
        errors: [{ messageId: 'rootUser', line: 3, column: 1, endLine: 3, endColumn: 10 }],
      },
      {
        code: 'FROM node:20 AS build\nUSER node\nFROM node:20-slim\nUSER 0\n',
        errors: [{ messageId: 'rootUser', line: 4, column: 1, endLine: 4, endColumn: 7 }],
      },
    ],
  },
);
