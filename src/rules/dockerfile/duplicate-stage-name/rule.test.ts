import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12 AS build\nFROM debian:12 AS another-alias\n',
      'FROM --platform=linux/amd64 node:16 as FOO\nFROM --platform=linux/amd64 node:16 as BAR\n',
      'FROM golang:1.23 AS build\nFROM build AS test\nFROM alpine:3.20\n',
      'FROM alpine:3.20\nFROM alpine:3.20\n',
    ],
    invalid: [
      {
        code: 'FROM baseImage\nRUN Test\n\nFROM debian:jesse2 as build\nRUN stuff\n\nFROM debian:jesse1 as build\nRUN more_stuff\n',
        errors: [{ messageId: 'duplicate', line: 7, column: 23, endLine: 7, endColumn: 28 }],
      },
      {
        code: 'FROM golang:1.23 AS Build\nFROM node:20 AS build\nFROM alpine:3.20 AS BUILD\n',
        errors: [
          { messageId: 'duplicate', line: 2, column: 17, endLine: 2, endColumn: 22 },
          { messageId: 'duplicate', line: 3, column: 21, endLine: 3, endColumn: 26 },
        ],
      },
      {
        code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=$BUILDPLATFORM golang:1.23 AS build\n',
        errors: [{ messageId: 'duplicate', line: 2, column: 47, endLine: 2, endColumn: 52 }],
      },
    ],
  },
);
