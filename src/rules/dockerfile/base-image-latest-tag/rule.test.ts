import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\n',
      'FROM alpine@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5\n',
      'FROM scratch\nCOPY app /\n',
      'FROM alpine:3 AS base\nRUN id\nFROM base\nRUN id\n',
      'FROM alpine:3 AS Base\nFROM base AS build\nFROM build\n',
      'FROM --platform=$BUILDPLATFORM python:3.11-slim AS build\nFROM build AS run\n',
      // The tag comes from a build argument without a default: chosen at build time, not reported.
      'ARG NODE_VERSION\nFROM node:${NODE_VERSION}\n',
      'ARG BASE\nFROM ${BASE}\n',
      'ARG TAG=3.20\nFROM alpine:${TAG}\n',
      'FROM localhost:5000/team/app:1.2\n',
      '# stridebench:ignore DF002 rebuilt nightly on purpose\nFROM alpine:latest\n',
    ],
    invalid: [
      {
        code: 'FROM alpine\n',
        errors: [{ messageId: 'noTag', line: 1, column: 6, endLine: 1, endColumn: 12 }],
      },
      {
        code: 'FROM debian:latest\nRUN id\n',
        errors: [{ messageId: 'latestTag', line: 1, column: 6, endLine: 1, endColumn: 19 }],
      },
      {
        // Every stage is a pulled image, not only the last one; the stage reference is not.
        code: 'FROM golang AS build\nFROM build AS test\nFROM registry.example.com:5000/base:latest\n',
        errors: [
          { messageId: 'noTag', line: 1, column: 6, endLine: 1, endColumn: 12 },
          { messageId: 'latestTag', line: 3, column: 6, endLine: 3, endColumn: 43 },
        ],
      },
      {
        code: 'ARG TAG=latest\nFROM node:${TAG}\n',
        errors: [{ messageId: 'latestTag', line: 2, column: 6, endLine: 2, endColumn: 17 }],
      },
      {
        // Whatever the registry turns out to be, the image has no tag.
        code: 'ARG REGISTRY\nFROM ${REGISTRY}/library/node\n',
        errors: [{ messageId: 'noTag', line: 2, column: 6, endLine: 2, endColumn: 30 }],
      },
      {
        code: 'FROM --platform=linux/amd64 ubuntu AS base\n',
        errors: [{ messageId: 'noTag', line: 1, column: 29, endLine: 1, endColumn: 35 }],
      },
    ],
  },
);
