import { describe, expect, it } from 'vitest';
import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule, { secretKind } from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nCOPY . /app\n',
      'FROM alpine:3.20\nCOPY .env.example /app/.env\n',
      'FROM alpine:3.20\nCOPY certs/ca.pem /usr/local/share/ca-certificates/ca.crt\n',
      'FROM alpine:3.20\nCOPY server.crt fullchain.pem /etc/nginx/tls/\n',
      'FROM alpine:3.20\nCOPY id_rsa.pub /root/.ssh/authorized_keys\n',
      'FROM alpine:3.20\nCOPY keys.go main.go /src/\n',
      'FROM alpine:3.20\nCOPY <<EOF /app/.env\nMODE=prod\nEOF\n',
      'FROM alpine:3.20\nARG F\nCOPY $F /app/\n',
      'FROM alpine:3.20\nCOPY docker/entrypoint.sh /\n',
      'FROM jenkins/jenkins:lts\nCOPY jenkins.io-2026.key /war/jenkins-key.pub\n',
      'FROM debian:12\nCOPY nodesource.gpg.key /etc/apt/keyrings/nodesource.asc\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\n',
        errors: [{ messageId: 'secretFile', line: 2, column: 6, endLine: 2, endColumn: 12 }],
      },
      {
        code: 'FROM node:20\nCOPY package.json .npmrc ./\nCOPY --chown=node:node ".env" /app/\n',
        errors: [
          { messageId: 'secretFile', line: 2, column: 19, endLine: 2, endColumn: 25 },
          { messageId: 'secretFile', line: 3, column: 24, endLine: 3, endColumn: 30 },
        ],
      },
      {
        code: 'FROM amazon/aws-cli:2.15.0\nCOPY .aws/ /root/.aws/\nADD secrets/server.key /etc/ssl/private/\n',
        errors: [
          { messageId: 'secretFile', line: 2, column: 6, endLine: 2, endColumn: 11 },
          { messageId: 'secretFile', line: 3, column: 5, endLine: 3, endColumn: 23 },
        ],
      },
      {
        // Copying out of another stage still puts the key into this one.
        code: 'FROM alpine:3.20 AS keys\nRUN ssh-keygen -f /k/id_ed25519\nFROM alpine:3.20\nCOPY --from=keys /k/id_ed25519 /root/.ssh/\n',
        errors: [{ messageId: 'secretFile', line: 4, column: 18, endLine: 4, endColumn: 31 }],
      },
      {
        code: 'FROM alpine:3.20\nCOPY ["credentials.json", "/app/"]\n',
        errors: [{ messageId: 'secretFile', line: 2, column: 1, endLine: 2, endColumn: 35 }],
      },
      {
        code: 'FROM alpine:3.20\nARG ENVFILE=.env.production\nCOPY ${ENVFILE} /app/.env\n',
        errors: [{ messageId: 'secretFile', line: 3, column: 6, endLine: 3, endColumn: 16 }],
      },
    ],
  },
);

describe('DF011 secret paths', () => {
  it('knows keys and credentials from look-alikes', () => {
    for (const p of [
      'id_rsa',
      './keys/id_ecdsa',
      'tls.key',
      'app.p12',
      '.env',
      '.env.local',
      'conf/.git-credentials',
      '.kube/config',
      'home/.docker/config.json',
      '.config/gcloud/',
      'server.pem',
      'deploy/kubeconfig',
    ])
      expect(secretKind(p), p).toBeDefined();
    for (const p of [
      'id_rsa.pub',
      '.env.example',
      '.env.sample',
      'ca.pem',
      'cert.pem',
      'chain.pem',
      'keys.go',
      'README.md',
      '.docker/entrypoint.sh',
      '.environment',
      'monkey',
    ])
      expect(secretKind(p), p).toBeUndefined();
  });
});
