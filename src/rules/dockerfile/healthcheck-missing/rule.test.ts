import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM base\nUSER me\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n',
      'FROM busybox:1.36\nHEALTHCHECK CMD /bin/true\nHEALTHCHECK NONE\nHEALTHCHECK CMD /bin/healthcheck\n',
      // Inherited from the stage the final stage is built on.
      'FROM alpine:3.20 AS base\nHEALTHCHECK CMD /bin/probe\nFROM base AS final\nRUN id\n',
      'FROM alpine:3.20 AS base\nHEALTHCHECK CMD /bin/probe\nFROM base AS mid\nFROM mid\n',
      '# stridebench:ignore DF007 batch job, no service to probe\nFROM alpine:3.20\nCMD ["/job"]\n',
    ],
    invalid: [
      {
        code: 'FROM base\n\nLABEL foo="bar baz\nUSER  me\n',
        errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 10 }],
      },
      {
        // A HEALTHCHECK in a builder stage does not reach the final image.
        code: 'FROM golang:1.22 AS build\nHEALTHCHECK CMD true\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
        errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 17 }],
      },
      {
        code: 'FROM alpine:3.20 AS base\nHEALTHCHECK CMD /bin/probe\nFROM base\nHEALTHCHECK none\n',
        errors: [{ messageId: 'disabled', line: 4, column: 1, endLine: 4, endColumn: 17 }],
      },
    ],
  },
);
