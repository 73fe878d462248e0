import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane@example.com"\n',
      'FROM alpine:3.20\nLABEL maintainer="jane@example.com"\n',
      'FROM alpine:3.20\n# MAINTAINER jane\nRUN echo MAINTAINER\n',
    ],
    invalid: [
      {
        code: 'FROM busybox:1.33.1\nUSER mike\nMAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>\n',
        errors: [{ messageId: 'maintainer', line: 3, column: 1, endLine: 3, endColumn: 52 }],
      },
      {
        code: 'FROM  base\n\nmaintainer "checkov"\n',
        errors: [{ messageId: 'maintainer', line: 3, column: 1, endLine: 3, endColumn: 21 }],
      },
    ],
  },
);
