import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.5\nRUN curl https://example.com\nRUN curl --fake https://example.com\nRUN curl -lol https://example.com\n',
      'FROM alpine:3.5\nRUN curl https://example.com | grep -k lol\nRUN curl https://example.com; grep /etc/passwd -k lol\n',
      'FROM alpine:3.5\nRUN curl https://example.com &&\\\n    grep /etc/passwd -k lol\n',
      // Comments, echo strings and other commands' arguments are not commands.
      'FROM alpine:3.5\n# RUN curl -k https://example.com\nRUN echo "curl -k https://x" && printf \'%s\' --insecure # curl -k\n',
      'FROM alpine:3.5\nRUN wget https://example.com; grep "--no-check-certificate" /etc/passwd\n',
      'FROM alpine:3.5\nRUN pip install checkov | grep "--trusted-host"\nRUN pip3 install checkov ||\\\n    grep "--trusted-host" /etc/passwd\n',
      'FROM node:18\nRUN npm config set strict-ssl true || false\nRUN npm config get strict-ssl || false\nRUN npm install strict-ssl false\n',
      'FROM node:18\nRUN echo false | yarn install strict-ssl true > out.txt\nRUN npm  \\\n    set   \\\n    strict-ssl  \\\n    true && gcc -Wpedantic less.c\n',
      'FROM fedora:40\nRUN yum-config-manager --save --setopt=something-base.sslverify=1\nRUN yum-config-manager --save --setopt=install_weak_deps=False | echo "--setopt=main.sslverify=0"\n',
      'FROM alpine:3.20\nRUN curl -o -k https://example.com\n',
      'FROM alpine:3.20\nRUN git config --global http.sslVerify true && git -c http.sslVerify=true clone x\n',
      'FROM alpine:3.20\nHEALTHCHECK CMD curl -k https://localhost/health\nCMD curl -k https://localhost\n',
      'FROM alpine:3.20\nRUN helm repo add x https://x --insecure-skip-tls-verify=false\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.5\nRUN curl -Lkv https://example.com\n',
        errors: [{ messageId: 'tlsOff', line: 2, column: 10, endLine: 2, endColumn: 14 }],
      },
      {
        code: 'FROM alpine:3.5\nRUN curl \\\n    --insecure \\\n    https://example.com\n',
        errors: [{ messageId: 'tlsOff', line: 3, column: 5, endLine: 3, endColumn: 15 }],
      },
      {
        code: 'FROM alpine:3.5\nRUN echo -n -Lv https://example.com && curl -k https://example.com\n',
        errors: [{ messageId: 'tlsOff', line: 2, column: 45, endLine: 2, endColumn: 47 }],
      },
      {
        code: 'FROM alpine:3.5\nRUN wget --no-progress --no-check-certificate -o file https://example.com\n',
        errors: [{ messageId: 'tlsOff', line: 2, column: 24, endLine: 2, endColumn: 46 }],
      },
      {
        code: 'FROM alpine:3.5\nRUN pip \\\n    --trusted-host pypi.org \\\n    install checkov\n',
        errors: [{ messageId: 'tlsOff', line: 3, column: 5, endLine: 3, endColumn: 28 }],
      },
      {
        code: 'FROM alpine:3.5\nRUN python3 -m pip install checkov --trusted-host=pypi.org && pip config set global.trusted-host pypi.org\n',
        errors: [
          { messageId: 'tlsOff', line: 2, column: 36, endLine: 2, endColumn: 59 },
          { messageId: 'tlsOff', line: 2, column: 78, endLine: 2, endColumn: 106 },
        ],
      },
      {
        code: 'FROM node:18\nRUN npm config set "strict-ssl"=false\nRUN yarn      set     \'strict-ssl\'   "false"\nRUN npm c set strict-ssl false\n',
        errors: [
          { messageId: 'tlsOff', line: 2, column: 20, endLine: 2, endColumn: 38 },
          { messageId: 'tlsOff', line: 3, column: 23, endLine: 3, endColumn: 45 },
          { messageId: 'tlsOff', line: 4, column: 15, endLine: 4, endColumn: 31 },
        ],
      },
      {
        code: 'FROM node:18\nRUN set -eux \\\n    &&  if [[ -n "${NPM_PROXY}" ]]; then \\\n          npm config set strict-ssl  false; \\\n        fi\n',
        errors: [{ messageId: 'tlsOff', line: 4, column: 26, endLine: 4, endColumn: 43 }],
      },
      {
        code: 'FROM fedora:40\nRUN yum-config-manager --save --setopt=\\*.sslverify=0\nRUN dnf           config-manager           --save           --setopt=sslverify=0\nRUN echo "prodsec" && yum-config-manager --setopt="lol.sslverify"=0 --save\n',
        errors: [
          { messageId: 'tlsOff', line: 2, column: 31, endLine: 2, endColumn: 54 },
          { messageId: 'tlsOff', line: 3, column: 61, endLine: 3, endColumn: 81 },
          { messageId: 'tlsOff', line: 4, column: 42, endLine: 4, endColumn: 68 },
        ],
      },
      {
        code: 'FROM alpine:3.20\nRUN git -c http.sslVerify=false clone https://x && git config --global http.https://x.sslverify 0\n',
        errors: [
          { messageId: 'tlsOff', line: 2, column: 9, endLine: 2, endColumn: 32 },
          { messageId: 'tlsOff', line: 2, column: 72, endLine: 2, endColumn: 98 },
        ],
      },
      {
        code: 'FROM debian:12\nRUN apt-get -o Acquire::https::Verify-Peer=false update && apt-get -y install x\n',
        errors: [{ messageId: 'tlsOff', line: 2, column: 13, endLine: 2, endColumn: 49 }],
      },
      {
        // Nested scripts are read too: exec form with sh -c, sudo, heredocs.
        code: 'FROM alpine:3.20\nRUN ["sh", "-c", "curl -k https://x"]\nRUN sudo -u app wget --no-check-certificate https://y\nRUN <<EOF\nset -e\ncurl --insecure https://z\nEOF\n',
        errors: [
          { messageId: 'tlsOff', line: 2, column: 24, endLine: 2, endColumn: 26 },
          { messageId: 'tlsOff', line: 3, column: 22, endLine: 3, endColumn: 44 },
          { messageId: 'tlsOff', line: 6, column: 6, endLine: 6, endColumn: 16 },
        ],
      },
      {
        code: 'FROM alpine:3.20\nRUN helm repo add x https://x --insecure-skip-tls-verify && skopeo copy --src-tls-verify=false a b\n',
        errors: [
          { messageId: 'tlsOff', line: 2, column: 31, endLine: 2, endColumn: 57 },
          { messageId: 'tlsOff', line: 2, column: 73, endLine: 2, endColumn: 95 },
        ],
      },
    ],
  },
);
