import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM fedora:40\nRUN dnf install -y nginx-1.24.0-1.fc40\n',
      'FROM fedora:40\nRUN dnf install -y nginx-1.24.0\n',
      'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y shadow-utils-4.9\n',
      'FROM fedora:40\nRUN dnf module install -y nodejs:20/common\n',
      'FROM fedora:40\nRUN dnf group install -y "Development Tools"\n',
    ],
    invalid: [
      {
        code: 'FROM fedora:40\nRUN dnf install -y nginx\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      },
      {
        code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf --nodocs install -y shadow-utils tar-1.34\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 55 }],
      },
    ],
  },
);
