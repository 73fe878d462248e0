import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM fedora:40\nRUN dnf install -y nginx && dnf clean all\n',
      'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y shadow-utils && microdnf clean all\n',
      'FROM fedora:40\nRUN dnf -y install nginx && rm -rf /var/cache/dnf\n',
      'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx\n',
      'FROM fedora:40 AS build\nRUN dnf install -y gcc\nFROM fedora:40\nCOPY --from=build /out /app\n',
      'FROM fedora:40\nRUN dnf module list\n',
    ],
    invalid: [
      {
        code: 'FROM fedora:40\nRUN dnf install -y nginx\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      },
      {
        code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y shadow-utils\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 37 }],
      },
      {
        code: 'FROM fedora:40\nRUN dnf clean all && dnf -y upgrade\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 22, endLine: 2, endColumn: 36 }],
      },
      {
        code: 'FROM fedora:40\nRUN dnf module install -y nodejs:18\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 36 }],
      },
    ],
  },
);
