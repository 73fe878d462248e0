import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM node:20\nCOPY package.json package-lock.json /app/\n',
      'FROM node:20\nCOPY ["package.json", "yarn.lock", "myapp/"]\n',
      'FROM node:20\nWORKDIR /app\nCOPY go.mod go.sum .\n',
      'FROM node:20\nCOPY a.txt /app/b.txt\n',
      'FROM node:20\nCOPY --chown=node:node a b $DEST\n',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a.txt b.txt C:\\\\app\\\\\n',
      'FROM node:20\nCOPY <<EOF /app/config\nkey=value\nEOF\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.13\nCOPY ["package.json", "yarn.lock", "myapp"]\n',
        errors: [{ messageId: 'notDir', line: 2, column: 36, endLine: 2, endColumn: 43 }],
      },
      {
        code: 'FROM node:20\nCOPY --chown=node:node package.json \\\n     package-lock.json \\\n     /app\n',
        errors: [{ messageId: 'notDir', line: 4, column: 6, endLine: 4, endColumn: 10 }],
      },
      {
        code: 'FROM node:20\nADD a.tar.gz b.tar.gz /opt\n',
        errors: [{ messageId: 'notDir', line: 2, column: 23, endLine: 2, endColumn: 27 }],
      },
    ],
  },
);
