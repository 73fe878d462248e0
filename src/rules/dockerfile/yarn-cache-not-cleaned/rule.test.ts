import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
      'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n',
      'FROM node:20\nRUN yarn install && rm -rf /usr/local/share/.cache/yarn\n',
      'FROM node:20\nRUN yarn build\n',
      'FROM node:20 AS build\nRUN yarn install\nFROM node:20-slim\nCOPY --from=build /app /app\n',
    ],
    invalid: [
      {
        code: 'FROM node:20\nRUN yarn install --frozen-lockfile\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 35 }],
      },
      {
        code: 'FROM node:20\nRUN yarn global add serve@14.2.3\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 33 }],
      },
      {
        code: 'FROM node:20\nRUN yarn cache clean && yarn add lodash@4.17.21\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 25, endLine: 2, endColumn: 48 }],
      },
    ],
  },
);
