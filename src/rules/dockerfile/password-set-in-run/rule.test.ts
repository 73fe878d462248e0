import { describe, expect, it } from 'vitest';
import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { runRules } from '../../run.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM ubuntu:20.04\nRUN chgrp root /etc/passwd\n',
      'FROM ubuntu:20.04\nRUN passwd -l root && useradd -r -s /sbin/nologin app\n',
      'FROM ubuntu:20.04\nRUN echo "chpasswd is not used" && adduser -D -p app\n',
      'FROM ubuntu:20.04\nRUN useradd -m -d /home/p -s /bin/bash p\n',
    ],
    invalid: [
      {
        code: "FROM ubuntu:20.04\nRUN echo 'root:root' | chpasswd\n",
        errors: [{ messageId: 'chpasswd', line: 2, column: 24, endLine: 2, endColumn: 32 }],
      },
      {
        code: "FROM ubuntu:20.04\nRUN apt-get update ;\\\n    apt-get clean ; \\\n    echo 'root:root' | chpasswd\nRUN chpasswd < input.txt\n",
        errors: [
          { messageId: 'chpasswd', line: 4, column: 24, endLine: 4, endColumn: 32 },
          { messageId: 'chpasswd', line: 5, column: 5, endLine: 5, endColumn: 13 },
        ],
      },
      {
        code: 'FROM centos:7\nRUN echo hunter22 | passwd --stdin root && passwd -d guest\n',
        errors: [
          { messageId: 'passwd', line: 2, column: 21, endLine: 2, endColumn: 40 },
          { messageId: 'passwd', line: 2, column: 44, endLine: 2, endColumn: 59 },
        ],
      },
      {
        code: "FROM debian:12\nRUN useradd -m -p '$6$salt$hash' app\n",
        errors: [{ messageId: 'hashOption', line: 2, column: 16, endLine: 2, endColumn: 18 }],
      },
      {
        code: 'FROM httpd:2.4\nRUN htpasswd -cb /etc/httpd/.htpasswd admin s3cret\n',
        errors: [{ messageId: 'htpasswd', line: 2, column: 5, endLine: 2, endColumn: 51 }],
      },
    ],
  },
);

describe('DF017 redaction', () => {
  it('keeps the password out of the finding', () => {
    const text = "FROM ubuntu:20.04\nRUN echo 'root:Sup3rS3cret!' | chpasswd\n";
    const doc = parseDockerfile(text, 'Dockerfile');
    const out = JSON.stringify(runRules([rule], { doc, target: 'Dockerfile', text }));
    expect(out).toContain('DF017');
    expect(out).not.toContain('Sup3rS3cret');
  });
});
