import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM centos:7\nRUN yum install -y httpd-2.4.6-99.el7.centos.1\n',
      'FROM centos:7\nRUN yum install -y https://example.com/pkg-1.0.rpm /tmp/x.rpm\n',
      'FROM centos:7\nRUN yum install -y @development "$PKG"\n',
      'FROM centos:7\nRUN yum module install -y nodejs:18\n',
      'FROM centos:7\nRUN yum --enablerepo epel install -y jq-1.6\n',
      'FROM centos:7\nRUN yum remove -y httpd\n',
    ],
    invalid: [
      {
        code: 'FROM centos:7\nRUN yum install -y httpd\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      },
      {
        code: 'FROM centos:7\nRUN yum -y install python3-devel java-11-openjdk gcc-4.8.5\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 59 }],
      },
    ],
  },
);
