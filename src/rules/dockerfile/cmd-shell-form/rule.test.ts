import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM node:20\nCMD ["node", "server.js"]\n',
      'FROM node:20\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["node", "server.js"]\n',
      'FROM node:20\nCMD exec node server.js\n',
      'FROM node:20 AS build\nCMD npm test\nFROM node:20\nCMD ["node", "server.js"]\n',
      'FROM node:20\nCMD node old.js\nCMD ["node", "server.js"]\n',
    ],
    invalid: [
      {
        code: 'FROM node:20\nCMD node server.js\n',
        errors: [{ messageId: 'shellForm', line: 2, column: 5, endLine: 2, endColumn: 19 }],
      },
      {
        code: "FROM nginx:2.2\nCMD cd /usr/share/nginx/html && nginx -g 'daemon off;'\n",
        errors: [{ messageId: 'shellForm', line: 2, column: 5, endLine: 2, endColumn: 55 }],
      },
      {
        code: 'FROM alpine:3.20\nENTRYPOINT /usr/local/bin/app \\\n    --serve\nCMD ["--port", "8080"]\n',
        errors: [{ messageId: 'shellForm', line: 2, column: 12, endLine: 3, endColumn: 12 }],
      },
    ],
  },
);
