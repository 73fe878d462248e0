import { describe, expect, it } from 'vitest';
import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { runRules } from '../../run.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

const options = { trustedRegistries: ['registry.example.com', '*.corp.example', 'docker.io/library', 'ghcr.io/acme'] };

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      // Without trusted registries the rule does not apply (skipped, not failed).
      'FROM quay.io/somebody/python:3.11\n',
      { code: 'FROM registry.example.com/base/python:3.12\n', options },
      { code: 'FROM mirror.eu.corp.example/python:3.12\n', options },
      // Official images: docker.io/library/alpine.
      { code: 'FROM alpine:3.20\n', options },
      { code: 'FROM docker.io/library/alpine:3.20\n', options },
      { code: 'FROM index.docker.io/alpine:3.20\n', options },
      { code: 'FROM ghcr.io/acme/tools/builder:1\n', options },
      { code: 'FROM registry.example.com/go:1.22 AS build\nFROM build\n', options },
      { code: 'FROM scratch\n', options },
      { code: 'ARG TAG\nFROM registry.example.com/app:${TAG}\n', options },
      { code: 'ARG REGISTRY=registry.example.com\nFROM ${REGISTRY}/app:1\n', options },
    ],
    invalid: [
      {
        code: 'FROM quay.io/somebody/python:3.12\n',
        options,
        errors: [{ messageId: 'untrusted', line: 1, column: 6, endLine: 1, endColumn: 34 }],
      },
      {
        // A user repository on Docker Hub is not under docker.io/library.
        code: 'FROM alpine:3.20 AS ok\nFROM someuser/tool:1.0\n',
        options,
        errors: [{ messageId: 'untrusted', line: 2, column: 6, endLine: 2, endColumn: 23 }],
      },
      {
        // ghcr.io/acme does not trust ghcr.io/acmecorp.
        code: 'FROM ghcr.io/acmecorp/tool:1\n',
        options,
        errors: [{ messageId: 'untrusted', line: 1, column: 6, endLine: 1, endColumn: 29 }],
      },
      {
        code: 'FROM corp.example.evil.com/app:1\n',
        options,
        errors: [{ messageId: 'untrusted', line: 1, column: 6, endLine: 1, endColumn: 33 }],
      },
      {
        code: 'ARG BASE\nFROM ${BASE}\n',
        options,
        errors: [{ messageId: 'unresolved', line: 2, column: 6, endLine: 2, endColumn: 13 }],
      },
    ],
  },
);

describe('DF004 without configuration', () => {
  it('is skipped, not passed, when no trusted registries are configured', () => {
    const text = 'FROM quay.io/somebody/python:3.12\n';
    const doc = parseDockerfile(text, 'Dockerfile');
    const result = runRules([rule], { doc, target: 'Dockerfile', text });
    expect(result.checks).toEqual([
      { ruleId: 'DF004', target: 'Dockerfile', state: 'skipped', message: 'no trusted registries configured' },
    ]);
  });
});
