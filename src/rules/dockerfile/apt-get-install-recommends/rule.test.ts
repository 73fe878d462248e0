import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n',
      'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n',
      'FROM debian:12\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/90norecommends\nRUN apt-get install -y curl\n',
      'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /out /app\n',
      'FROM debian:12\nRUN apt-get install -f -y\n',
      'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n',
      'FROM debian:12\nRUN if apt-get install -s "postgresql-16-jit" > /dev/null 2>&1; then echo yes; fi\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN apt-get install -y curl\n',
        errors: [{ messageId: 'recommends', line: 2, column: 5, endLine: 2, endColumn: 28 }],
      },
      {
        code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      curl \\\n      git\n',
        errors: [{ messageId: 'recommends', line: 3, column: 5, endLine: 5, endColumn: 10 }],
      },
      {
        code: 'FROM debian:12\nRUN apt-get install -y curl\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/90norecommends\n',
        errors: [{ messageId: 'recommends', line: 2, column: 5, endLine: 2, endColumn: 28 }],
      },
      {
        code: 'FROM debian:12\nRUN apt install -y curl --no-install-suggests\n',
        errors: [{ messageId: 'recommends', line: 2, column: 5, endLine: 2, endColumn: 46 }],
      },
    ],
  },
);
