import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12\nRUN curl -fsSL -o /a https://example.com/a\nRUN curl -fsSL -o /b https://example.com/b\n',
      'FROM debian:12 AS fetch\nRUN wget -q https://example.com/a\nFROM debian:12\nRUN curl -fsSLO https://example.com/b\n',
      'FROM debian:12\nRUN apt-get install -y curl wget && curl -fsSLO https://example.com/a\n',
      'FROM debian:12\nRUN echo wget && curl -V\n',
    ],
    invalid: [
      {
        code: 'FROM debian:stable-20210621\nRUN wget http://bing.com\nRUN curl http://google.com\n\nFROM baseimage:1.0\nRUN curl http://bing.com\n',
        errors: [{ messageId: 'both', line: 3, column: 5, endLine: 3, endColumn: 27 }],
      },
      {
        code: 'FROM debian:12\nRUN curl -fsSLO https://example.com/a && \\\n    VERSION="$(wget -qO- https://example.com/latest)"\n',
        errors: [{ messageId: 'both', line: 3, column: 16, endLine: 3, endColumn: 52 }],
      },
    ],
  },
);
