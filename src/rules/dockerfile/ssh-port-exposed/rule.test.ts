import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM busybox\n\nEXPOSE 8080\n',
      'FROM busybox\nEXPOSE 2222 220 8022/tcp\n',
      'FROM busybox\nEXPOSE 22/udp\n',
      'FROM busybox\nEXPOSE 8000-8010\n',
      'FROM busybox\nARG PORT\nEXPOSE $PORT\n',
      'FROM busybox\n# EXPOSE 22\nRUN echo 22\n',
    ],
    invalid: [
      {
        code: 'FROM busybox\n\nEXPOSE 8080 22\n',
        errors: [{ messageId: 'ssh', line: 3, column: 13, endLine: 3, endColumn: 15 }],
      },
      {
        code: 'FROM busybox\n\nEXPOSE 22/tcp\n',
        errors: [{ messageId: 'ssh', line: 3, column: 8, endLine: 3, endColumn: 14 }],
      },
      {
        code: 'FROM alpine:3.13\nUSER mike\nEXPOSE 22\n',
        errors: [{ messageId: 'ssh', line: 3, column: 8, endLine: 3, endColumn: 10 }],
      },
      {
        code: 'FROM busybox\nEXPOSE 20-25/TCP\n',
        errors: [{ messageId: 'ssh', line: 2, column: 8, endLine: 2, endColumn: 17 }],
      },
      {
        code: 'FROM busybox\nARG SSH_PORT=22\nEXPOSE 80 ${SSH_PORT}\n',
        errors: [{ messageId: 'ssh', line: 3, column: 11, endLine: 3, endColumn: 22 }],
      },
    ],
  },
);
