import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM busybox:1.33.1\nHEALTHCHECK CMD /bin/healthcheck\n\nFROM alpine:3.13\nHEALTHCHECK CMD /bin/healthcheck\nUSER mike\nCMD ./app\n',
      'FROM alpine:3.20\nRUN echo HEALTHCHECK\n',
      'FROM alpine:3.20\nCMD ["/app"]\n',
    ],
    invalid: [
      {
        code: 'FROM busybox:1.33.1\nHEALTHCHECK CMD curl http://localhost:8080\nHEALTHCHECK CMD /bin/healthcheck\n\nFROM alpine:3.13\nHEALTHCHECK CMD /bin/healthcheck\nUSER mike\nCMD ./app\n',
        errors: [{ messageId: 'duplicate', line: 3, column: 1, endLine: 3, endColumn: 33 }],
      },
      {
        code: 'FROM alpine:3.20\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s \\\n  CMD /probe\nHEALTHCHECK CMD /probe2\n',
        errors: [
          { messageId: 'duplicate', line: 3, column: 1, endLine: 4, endColumn: 13 },
          { messageId: 'duplicate', line: 5, column: 1, endLine: 5, endColumn: 24 },
        ],
      },
    ],
  },
);
