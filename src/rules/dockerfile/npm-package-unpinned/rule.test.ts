import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM node:20\nRUN npm install -g typescript@5.6.3\n',
      'FROM node:20\nRUN npm ci && npm install\n',
      'FROM node:20\nRUN npm install @angular/cli@18.2.0 ./local-pkg /tmp/pkg.tgz\n',
      'FROM node:20\nRUN npm install git+https://github.com/org/lib.git#v1.2.0\n',
      'FROM node:20\nRUN npm install --prefix /opt/app lodash@^4.17.21\n',
      'FROM node:20\nRUN npm run build\n',
    ],
    invalid: [
      {
        code: 'FROM node:20\nRUN npm install -g typescript\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 30 }],
      },
      {
        code: 'FROM node:20\nRUN npm i -g npm@latest @angular/cli\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 37 }],
      },
      {
        code: 'FROM node:20\nRUN npm install --save-dev github:org/lib\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 42 }],
      },
    ],
  },
);
