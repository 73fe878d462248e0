import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
      'FROM centos:7\nRUN yum -y install httpd \\\n && yum -y clean all \\\n && rm -rf /var/cache/yum\n',
      'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum\n',
      'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n',
      'FROM centos:7 AS build\nRUN yum install -y gcc\nFROM centos:7\nCOPY --from=build /out /app\n',
      'FROM centos:7\nRUN yum list installed\n',
    ],
    invalid: [
      {
        code: 'FROM centos:7\nRUN yum install -y httpd\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      },
      {
        code: 'FROM centos:7\nRUN yum clean all && yum install -y httpd\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 22, endLine: 2, endColumn: 42 }],
      },
      {
        code: 'FROM centos:7\nRUN yum install -y httpd && yum clean packages\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      },
      {
        code: 'FROM centos:7\nRUN yum install -y a && yum clean all && yum install -y b\n',
        errors: [{ messageId: 'notCleaned', line: 2, column: 42, endLine: 2, endColumn: 58 }],
      },
    ],
  },
);
