import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n',
      'FROM debian:12\nRUN echo dist-upgrade\n',
      'FROM debian:12 AS build\nRUN apt-get dist-upgrade -y\nFROM debian:12\nCOPY --from=build /out /app\n',
      'FROM debian:12\nRUN apt-get install -y dist-upgrade-helper\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y\n',
        errors: [{ messageId: 'distUpgrade', line: 2, column: 23, endLine: 2, endColumn: 46 }],
      },
      {
        code: 'FROM debian:12\nRUN apt-get -o Dpkg::Options::="--force-confold" -y dist-upgrade\n',
        errors: [{ messageId: 'distUpgrade', line: 2, column: 5, endLine: 2, endColumn: 65 }],
      },
      {
        code: 'FROM ubuntu:24.04\nRUN apt full-upgrade -y\n',
        errors: [{ messageId: 'distUpgrade', line: 2, column: 5, endLine: 2, endColumn: 24 }],
      },
    ],
  },
);
