import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0-4.1\n',
      'FROM opensuse/leap:15.6\nRUN zypper in -y "curl>=8.6"\n',
      'FROM opensuse/leap:15.6\nRUN zypper install -y -t pattern devel_basis\n',
      'FROM opensuse/leap:15.6\nRUN zypper install -y /tmp/pkg.rpm\n',
    ],
    invalid: [
      {
        code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 27 }],
      },
      {
        code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in --no-recommends curl git=2.43.0\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 64 }],
      },
    ],
  },
);
