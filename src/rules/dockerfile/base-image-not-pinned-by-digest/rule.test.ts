import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

const DIGEST = 'sha256:2be8daddbb82756f7d1f2c7ece706aadcb284bf6ab6d769ea695cc3ed6016743';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      `FROM python:3.12-slim@${DIGEST}\n`,
      `FROM ghcr.io/org/base@${DIGEST} AS base\nFROM base\nRUN id\n`,
      'FROM scratch\nCOPY app /\n',
      `ARG DIGEST=${DIGEST}\nFROM alpine@\${DIGEST}\n`,
      // The whole reference is a build argument without a default: it may carry a digest.
      'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n',
      'ARG D\nFROM alpine@${D}\n',
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\n',
        errors: [{ messageId: 'noDigest', line: 1, column: 6, endLine: 1, endColumn: 22 }],
      },
      {
        code: `FROM golang:1.22 AS build\nFROM gcr.io/distroless/static@${DIGEST}\nCOPY --from=build /app /\n`,
        errors: [{ messageId: 'noDigest', line: 1, column: 6, endLine: 1, endColumn: 17 }],
      },
      {
        // The tag is a build argument, but nothing can put a digest there.
        code: 'ARG TAG\nFROM node:${TAG}\n',
        errors: [{ messageId: 'noDigest', line: 2, column: 6, endLine: 2, endColumn: 17 }],
      },
      {
        code: 'FROM alpine@sha256:1234\n',
        errors: [{ messageId: 'badDigest', line: 1, column: 6, endLine: 1, endColumn: 24 }],
      },
    ],
  },
);
