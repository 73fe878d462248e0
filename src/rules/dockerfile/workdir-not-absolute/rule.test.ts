import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nWORKDIR /app\n',
      'FROM alpine:3.20\nWORKDIR "/path/to/workdir"\n',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR c:/app\n',
      'FROM alpine:3.20\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME\n',
      'FROM alpine:3.20\nWORKDIR ${UNKNOWN}/bin\n',
      'ARG BASE=/opt\nFROM alpine:3.20\nARG BASE\nWORKDIR ${BASE}/app\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.20\nWORKDIR app\n',
        errors: [{ messageId: 'relative', line: 2, column: 9, endLine: 2, endColumn: 12 }],
      },
      {
        code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR "../workdir"\n',
        errors: [{ messageId: 'relative', line: 3, column: 9, endLine: 3, endColumn: 21 }],
      },
      {
        code: 'FROM alpine:3.20\nENV APP=app\nWORKDIR $APP/src\n',
        errors: [{ messageId: 'relative', line: 3, column: 9, endLine: 3, endColumn: 17 }],
      },
      {
        code: 'FROM alpine:3.20\nARG DIR=build\nWORKDIR ${DIR:-/x}\n',
        errors: [{ messageId: 'relative', line: 3, column: 9, endLine: 3, endColumn: 19 }],
      },
    ],
  },
);
