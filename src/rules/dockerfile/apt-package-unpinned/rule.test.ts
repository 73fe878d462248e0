import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u8\n',
      'FROM debian:12\nRUN apt-get install -y -t bookworm-backports git/bookworm-backports\n',
      'FROM debian:12\nRUN apt-get install -y ./vendor.deb\n',
      'FROM debian:12\nRUN apt-get install -y $PACKAGES "${EXTRA}"\n',
      'FROM debian:12\nRUN apt-get update && apt-get -y upgrade\n',
      'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confold curl=7.88.1-10+deb12u8\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN apt-get install -y curl\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 28 }],
      },
      {
        code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    ca-certificates=20230311 \\\n    curl \\\n    git\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 23, endLine: 5, endColumn: 8 }],
      },
      {
        code: 'FROM debian:12\nRUN apt install -y a b c d e f g\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 33 }],
      },
    ],
  },
);
