import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n',
      'FROM alpine:3.20\nRUN apk add --no-cache curl~8.9 "openssl>3.3"\n',
      'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0\n',
      'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/pkg.apk\n',
      'FROM alpine:3.20\nRUN apk del curl\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 28 }],
      },
      {
        code: 'FROM alpine:3.20\nRUN apk add --no-cache -t .build-deps gcc musl-dev=1.2.5-r0\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 60 }],
      },
      {
        code: 'FROM alpine:3.20\nRUN apk --update add bash@edge\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 31 }],
      },
    ],
  },
);
