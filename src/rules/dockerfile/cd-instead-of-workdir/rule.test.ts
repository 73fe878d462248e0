import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM golang:1.23\nWORKDIR /src\nRUN go build ./...\n',
      'FROM debian:12\nRUN curl -fsSLO https://example.com/x.tgz && cd /tmp && tar xzf x.tgz && cd / && rm -rf /tmp/x\n',
      'FROM debian:12\nRUN (cd /src && make) && make -C /lib\n',
      'FROM debian:12\nRUN sh -c "cd /src && make"\n',
      'FROM debian:12\nRUN echo cd /src\n',
      'FROM debian:12\nCMD cd /app && ./run\n',
    ],
    invalid: [
      {
        code: 'FROM nginx:1.27\nRUN cd /usr/share/nginx/html\n',
        errors: [{ messageId: 'cd', line: 2, column: 5, endLine: 2, endColumn: 29 }],
      },
      {
        code: 'FROM golang:1.23\nRUN cd /src && go build ./...\n',
        errors: [{ messageId: 'cd', line: 2, column: 5, endLine: 2, endColumn: 12 }],
      },
      {
        code: 'FROM golang:1.23\nRUN set -e; \\\n    cd /src; \\\n    make\n',
        errors: [{ messageId: 'cd', line: 3, column: 5, endLine: 3, endColumn: 12 }],
      },
      {
        code: 'FROM debian:12\nRUN <<EOF\ncd /src\nmake\nEOF\n',
        errors: [{ messageId: 'cd', line: 3, column: 1, endLine: 3, endColumn: 8 }],
      },
    ],
  },
);
