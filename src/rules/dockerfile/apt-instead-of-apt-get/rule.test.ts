import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
      'FROM debian:12\nRUN apt-key adv --recv-keys ABC && apt-cache policy curl\n',
      'FROM debian:12\nRUN echo apt install curl\n',
      'FROM debian:12\nRUN rm -rf /etc/apt/sources.list.d/*\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN apt install -y curl\n',
        errors: [{ messageId: 'apt', line: 2, column: 5, endLine: 2, endColumn: 24 }],
      },
      {
        code: 'FROM ubuntu:24.04\nRUN apt update && \\\n    apt-get install -y curl\n',
        errors: [{ messageId: 'apt', line: 2, column: 5, endLine: 2, endColumn: 15 }],
      },
      {
        code: 'FROM ubuntu:24.04\nRUN /usr/bin/apt -y install curl\n',
        errors: [{ messageId: 'apt', line: 2, column: 5, endLine: 2, endColumn: 33 }],
      },
    ],
  },
);
