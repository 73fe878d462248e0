import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.13\nUSER mike\nEXPOSE 65530 8080\n',
      'FROM alpine:3.13\nEXPOSE 0 65535/udp 7000-7010/tcp 9000/sctp\n',
      'FROM alpine:3.13\nARG PORT\nEXPOSE ${PORT}\n',
      'FROM alpine:3.13\nARG PORT=8080\nEXPOSE ${PORT}/tcp\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.13\nUSER mike\nEXPOSE 65536 8080\n',
        errors: [{ messageId: 'outOfRange', line: 3, column: 8, endLine: 3, endColumn: 13 }],
      },
      {
        code: 'FROM alpine:3.13\nEXPOSE 9000-8000 http 80/tcpx\n',
        errors: [
          { messageId: 'outOfRange', line: 2, column: 8, endLine: 2, endColumn: 17 },
          { messageId: 'invalid', line: 2, column: 18, endLine: 2, endColumn: 22 },
          { messageId: 'invalid', line: 2, column: 23, endLine: 2, endColumn: 30 },
        ],
      },
      {
        code: 'FROM alpine:3.13\nENV PORT=70000\nEXPOSE $PORT\n',
        errors: [{ messageId: 'outOfRange', line: 3, column: 8, endLine: 3, endColumn: 13 }],
      },
    ],
  },
);
