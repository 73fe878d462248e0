import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean --all\n',
      'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc -a\n',
      'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && rm -rf /var/cache/zypp/*\n',
      'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper install -y curl\n',
      'FROM opensuse/leap:15.6\nRUN zypper search curl\n',
    ],
    invalid: [
      {
        code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 27 }],
      },
      {
        code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in curl\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 37 }],
      },
      {
        code: 'FROM opensuse/leap:15.6\nRUN zypper clean && zypper -n dup\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 21, endLine: 2, endColumn: 34 }],
      },
    ],
  },
);
