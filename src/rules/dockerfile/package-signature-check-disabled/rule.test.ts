import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.5\nRUN apk add a-car\nRUN apk add a-handbag | grep "--allow-untrusted"\nRUN apk upgrade &&\\\n    echo "--allow-untrusted"\n',
      'FROM debian:bullseye\nRUN apt-get install python3 | grep "--allow-unauthenticated"\nRUN apt-get update &&\\\n    echo "--force-yes"\n',
      'FROM fedora:rawhide\nRUN rpm -i python3.rpm ;\\\n    echo "--nodigest"\nRUN rpm -i python3.rpm && rpm -V \\\n    python3\n',
      'FROM fedora:rawhide\nRUN yum update &&\\\n    echo "--nogpgcheck"\nRUN tdnf update ||\\\n    echo "--nogpgcheck"\n',
      'FROM debian:12\nRUN echo "deb [signed-by=/usr/share/keyrings/x.gpg] https://repo.example.com stable main" > /etc/apt/sources.list.d/x.list\n',
      'FROM debian:12\n# apt-get install --allow-unauthenticated x\nRUN apt-get -o Acquire::Retries=3 install -y x\n',
      // Packages the same RUN built: a local repository, and an index that is signed before use.
      'FROM debian:12\nRUN echo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list\n',
      'FROM alpine:3.20\nRUN apk index --allow-untrusted -o /tmp/pkgs/APKINDEX.tar.gz /tmp/pkgs/*.apk && abuild-sign /tmp/pkgs/APKINDEX.tar.gz\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.5\nRUN apk \\\n    add python3 \\\n    --allow-untrusted\n',
        errors: [{ messageId: 'signatureOff', line: 4, column: 5, endLine: 4, endColumn: 22 }],
      },
      {
        code: 'FROM debian:bullseye\nRUN echo "prodsec" && apt-get --allow-unauthenticated install python3\nRUN apt-get --force-yes install python3\n',
        errors: [
          { messageId: 'signatureOff', line: 2, column: 31, endLine: 2, endColumn: 54 },
          { messageId: 'signatureOff', line: 3, column: 13, endLine: 3, endColumn: 24 },
        ],
      },
      {
        code: 'FROM openjdk:ship\n\nRUN tdnf -y update && \\\n    tdnf -y upgrade && \\\n    tdnf install -y ${package} shadow-utils --nogpgcheck && \\\n    tdnf clean all\n',
        errors: [{ messageId: 'signatureOff', line: 5, column: 45, endLine: 5, endColumn: 57 }],
      },
      {
        code: 'FROM fedora:rawhide\nRUN rpm -i --nodigest --nosignature python3.rpm\n',
        errors: [
          { messageId: 'signatureOff', line: 2, column: 12, endLine: 2, endColumn: 22 },
          { messageId: 'signatureOff', line: 2, column: 23, endLine: 2, endColumn: 36 },
        ],
      },
      {
        code: 'FROM debian:12\nRUN echo "deb [trusted=yes] http://repo.example.com ./" > /etc/apt/sources.list.d/x.list \\\n && apt-get -o APT::Get::AllowUnauthenticated=true update\n',
        errors: [
          { messageId: 'signatureOff', line: 2, column: 10, endLine: 2, endColumn: 56 },
          { messageId: 'signatureOff', line: 3, column: 13, endLine: 3, endColumn: 51 },
        ],
      },
      {
        code: 'FROM opensuse/leap:15\nRUN zypper --no-gpg-checks --non-interactive install x && dnf --setopt=gpgcheck=0 install y\n',
        errors: [
          { messageId: 'signatureOff', line: 2, column: 12, endLine: 2, endColumn: 27 },
          { messageId: 'signatureOff', line: 2, column: 63, endLine: 2, endColumn: 82 },
        ],
      },
    ],
  },
);
