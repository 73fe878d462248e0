import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean \\\n && rm -rf /var/lib/apt/lists\n',
      'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n',
      'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM gcr.io/distroless/base-debian12\nCOPY --from=build /out /app\n',
      'FROM debian:12\nRUN apt-get install -y ./local.deb\n',
      'FROM debian:12\nRUN echo apt-get update\n',
      'FROM debian:13\nRUN set -ex; \\\n\tapt-get update; \\\n\tapt-get install -y --no-install-recommends curl; \\\n\tapt-get dist-clean\n',
      'FROM debian:12\n# stridebench:ignore DF020 the lists are needed by a later step\nRUN apt-get update\n',
      'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
        errors: [{ messageId: 'listsKept', line: 2, column: 5, endLine: 2, endColumn: 19 }],
      },
      {
        code: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n',
        errors: [{ messageId: 'listsKept', line: 2, column: 36, endLine: 2, endColumn: 50 }],
      },
      {
        code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean\n',
        errors: [{ messageId: 'listsKept', line: 2, column: 5, endLine: 2, endColumn: 19 }],
      },
      {
        code: 'FROM debian:12 AS base\nRUN apt-get -qq update && apt-get -qq install -y curl\nFROM base\nUSER app\n',
        errors: [{ messageId: 'listsKept', line: 2, column: 5, endLine: 2, endColumn: 23 }],
      },
      {
        code: 'FROM ubuntu:24.04\nRUN set -eux; \\\n    apt update; \\\n    apt install -y curl\n',
        errors: [{ messageId: 'listsKept', line: 3, column: 5, endLine: 3, endColumn: 15 }],
      },
    ],
  },
);
