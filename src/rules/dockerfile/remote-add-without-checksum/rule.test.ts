import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nADD app.jar /app.jar\n',
      'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/x.tgz /x.tgz\n',
      'FROM alpine:3.20\nCOPY https.txt /\n',
      'FROM alpine:3.20\nARG URL\nADD ${URL} /opt/\n',
    ],
    invalid: [
      {
        code: 'FROM base\nLABEL foo="bar baz"\nADD http://example.com/package.zip /temp\nUSER me\n',
        errors: [{ messageId: 'noChecksum', line: 3, column: 5, endLine: 3, endColumn: 35 }],
      },
      {
        code: 'FROM alpine:3.20\nADD --chown=1:1 \\\n    https://example.com/a.tgz \\\n    "https://example.com/b.tgz" /opt/\n',
        errors: [
          { messageId: 'noChecksum', line: 3, column: 5, endLine: 3, endColumn: 30 },
          { messageId: 'noChecksum', line: 4, column: 5, endLine: 4, endColumn: 32 },
        ],
      },
      {
        code: 'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git#v0.13.0 /src\n',
        errors: [{ messageId: 'noChecksum', line: 2, column: 5, endLine: 2, endColumn: 45 }],
      },
      {
        code: 'FROM alpine:3.20\nARG VERSION=1.2.3\nADD https://example.com/tool-${VERSION}.tgz /opt/\n',
        errors: [{ messageId: 'noChecksum', line: 3, column: 5, endLine: 3, endColumn: 44 }],
      },
    ],
  },
);
