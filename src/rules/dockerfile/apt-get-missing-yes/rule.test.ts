import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12\nRUN apt-get install -y curl\n',
      'FROM debian:12\nRUN apt-get -fmy install curl\n',
      'FROM debian:12\nRUN apt-get install --yes curl && apt-get --assume-yes purge wget\n',
      'FROM debian:12\nRUN apt-get -qq install curl\n',
      'FROM debian:12\nRUN apt-get -q=2 install curl\n',
      'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n',
      'FROM debian:12\nRUN yes | apt-get install curl\n',
      'FROM debian:12\nRUN apt-get update && apt-get -s install curl\n',
      'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n',
      'FROM debian:12\nRUN apt-get update && apt-get clean\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN apt-get install curl\n',
        errors: [{ messageId: 'prompts', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      },
      {
        code: 'FROM debian:12\nRUN apt-get -q install curl\n',
        errors: [{ messageId: 'prompts', line: 2, column: 5, endLine: 2, endColumn: 28 }],
      },
      {
        code: 'FROM debian:12\nRUN apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get install \\\n      --no-install-recommends curl\n',
        errors: [{ messageId: 'prompts', line: 3, column: 36, endLine: 4, endColumn: 35 }],
      },
      {
        code: 'FROM debian:12\nRUN apt-get install -y curl && apt-get autoremove\n',
        errors: [{ messageId: 'prompts', line: 2, column: 32, endLine: 2, endColumn: 50 }],
      },
      {
        code: 'FROM debian:12\nRUN ["apt-get", "install", "curl"]\n',
        errors: [{ messageId: 'prompts', line: 2, column: 6, endLine: 2, endColumn: 34 }],
      },
      {
        code: 'FROM debian:12\nRUN sudo apt install curl\n',
        errors: [{ messageId: 'prompts', line: 2, column: 10, endLine: 2, endColumn: 26 }],
      },
      {
        code: 'FROM debian:12\nRUN sh -c "apt-get upgrade"\n',
        errors: [{ messageId: 'prompts', line: 2, column: 12, endLine: 2, endColumn: 27 }],
      },
    ],
  },
);
