import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.5\nENV ASDFGIT_SSL_NO_VERIFY=1\nARG GIT_SSL_NO_VERIFYASDF=1\nENV LP=Meteora GIT_SSL_NO_VERIFYASDF=1\n',
      'FROM alpine:3.5\nRUN unset GIT_SSL_NO_VERIFY\nRUN git clone https://github.com/bridgecrewio/checkov.git awesome\n',
      'FROM alpine:3.5\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\nENV NODE_TLS_REJECT_UNAUTHORIZED 666\nENV NODE_TLS_REJECT_UNAUTHORIZED      1\n',
      'FROM alpine:3.15\nRUN NODE_TLS_REJECT_UNAUTHORIZED="0\\"" python example.py\nRUN NODE_TLS_REJECT_UNAUTHORIZEDLOL=0 python example.py\n',
      'FROM node:18\nENV NPM_CONFIG_STRICT_SSL      "true"\nENV npm_config_strict_ssl Nyota_Uhura\nRUN LOL=Spok \\\n    ASDFNPM_CONFIG_STRICT_SSL="false" npm install\n',
      'FROM python:3\nRUN echo PIP_TRUSTED_HOST | pip install checkov &&\\\n    echo "PIP_TRUSTED_HOST"\nRUN PIP_TRUSTED_HOSTASDF=test pip install checkov\n',
      'FROM alpine:3.5\nENV PYTHONHTTPSVERIFY=1\nARG PYTHONHTTPSVERIFYLOL=0\nENV PIP_TRUSTED_HOST=\n',
      // Declared but not set, or set from another variable: not known statically.
      'FROM alpine:3.5\nARG PIP_TRUSTED_HOST\nARG NODE_TLS_REJECT_UNAUTHORIZED\nENV NODE_TLS_REJECT_UNAUTHORIZED=${NODE_TLS_REJECT_UNAUTHORIZED}\n',
      // A global ARG only parameterizes FROM.
      'ARG PYTHONHTTPSVERIFY=0\nFROM python:3.12\n',
      'FROM alpine:3.5\nRUN echo "export GIT_SSL_NO_VERIFY=1"\n',
    ],
    invalid: [
      {
        code: "FROM alpine:3.5\nENV GIT_SSL_NO_VERIFY 0\nARG GIT_SSL_NO_VERIFY='0'\nENV LOL=123 GIT_SSL_NO_VERIFY=0\n",
        errors: [
          { messageId: 'insecureVariable', line: 2, column: 5, endLine: 2, endColumn: 22 },
          { messageId: 'insecureVariable', line: 3, column: 5, endLine: 3, endColumn: 22 },
          { messageId: 'insecureVariable', line: 4, column: 13, endLine: 4, endColumn: 30 },
        ],
      },
      {
        code: 'FROM alpine:3.15\nRUN TEST_123="456" \\\n    GIT_SSL_NO_VERIFY=0 \\\n    TEST="lol" \\\n    git clone https://github.com/bridgecrewio/checkov.git\n',
        errors: [{ messageId: 'insecureVariable', line: 3, column: 5, endLine: 3, endColumn: 22 }],
      },
      {
        code: 'FROM alpine:3.15\nRUN ABC=123 echo test|NODE_TLS_REJECT_UNAUTHORIZED=0 python example.py|DEF=456 echo lol;\n',
        errors: [{ messageId: 'insecureVariable', line: 2, column: 23, endLine: 2, endColumn: 51 }],
      },
      {
        code: 'FROM alpine:3.5\nRUN cd $HOME && export GIT_SSL_NO_VERIFY=true \\\n    && git clone https://github.com/bridgecrewio/checkov.git\n',
        errors: [{ messageId: 'insecureVariable', line: 2, column: 24, endLine: 2, endColumn: 41 }],
      },
      {
        code: 'FROM node:18\nENV npm_config_strict_ssl=false\nRUN LOL="123\\"" npm_config_strict_ssl="false" npm ci\n',
        errors: [
          { messageId: 'insecureVariable', line: 2, column: 5, endLine: 2, endColumn: 26 },
          { messageId: 'insecureVariable', line: 3, column: 17, endLine: 3, endColumn: 38 },
        ],
      },
      {
        code: 'FROM python:3\nENV PIP_TRUSTED_HOST    pypi.python.org\nRUN env PYTHONHTTPSVERIFY=0 python fetch.py\n',
        errors: [
          { messageId: 'insecureVariable', line: 2, column: 5, endLine: 2, endColumn: 21 },
          { messageId: 'insecureVariable', line: 3, column: 9, endLine: 3, endColumn: 26 },
        ],
      },
      {
        code: 'FROM golang:1.22\nENV GO111MODULE=on \\\n    GOINSECURE=gitlab.internal/*\n',
        errors: [{ messageId: 'insecureVariable', line: 3, column: 5, endLine: 3, endColumn: 15 }],
      },
      {
        // GIT_SSL_NO_VERIFY disables verification whatever its value, even one from a variable.
        code: 'FROM alpine:3.5\nARG V\nENV GIT_SSL_NO_VERIFY ${V}\n',
        errors: [{ messageId: 'insecureVariable', line: 3, column: 5, endLine: 3, endColumn: 22 }],
      },
    ],
  },
);
