import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
      'FROM alpine:3.20\nRUN apk --no-cache add curl\n',
      'FROM alpine:3.20\nRUN apk add --update curl && rm -rf /var/cache/apk/*\n',
      'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n',
      'FROM alpine:3.20 AS build\nRUN apk add build-base\nFROM alpine:3.20\nCOPY --from=build /out /app\n',
      'FROM alpine:3.20\nRUN apk del curl && apk info\n',
      'FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $runDeps\n',
      'FROM alpine:3.20\nRUN echo "apk add curl" > /notes\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.20\nRUN apk add curl\n',
        errors: [{ messageId: 'addCached', line: 2, column: 5, endLine: 2, endColumn: 17 }],
      },
      {
        code: 'FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n',
        errors: [{ messageId: 'updateCached', line: 2, column: 5, endLine: 2, endColumn: 15 }],
      },
      {
        code: 'FROM alpine:3.20\nRUN apk add -U --virtual .build-deps gcc musl-dev \\\n && apk del .build-deps\n',
        errors: [{ messageId: 'addCached', line: 2, column: 5, endLine: 2, endColumn: 50 }],
      },
      {
        code: 'FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk upgrade\n',
        errors: [{ messageId: 'addCached', line: 2, column: 32, endLine: 2, endColumn: 43 }],
      },
    ],
  },
);
