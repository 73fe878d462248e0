import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{}', '{ "insecure-registries": [] }', '{ "registry-mirrors": ["https://mirror.example"] }'],
  invalid: [
    {
      code: '{ "insecure-registries": ["a.example:5000", "10.0.0.0/8"] }',
      errors: [
        { messageId: 'insecure', line: 1, column: 27, endLine: 1, endColumn: 43 },
        { messageId: 'insecure', line: 1, column: 45, endLine: 1, endColumn: 57 },
      ],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('-H fd://')],
  invalid: [
    {
      code: unit('--insecure-registry a.example:5000'),
      errors: [{ messageId: 'insecure', line: 2, column: 28, endLine: 2, endColumn: 62 }],
    },
  ],
});

testHostRule(rule, {
  pass: [
    {
      name: 'only the loopback range dockerd always adds',
      host: "info:\n  RegistryConfig:\n    InsecureRegistryCIDRs: ['127.0.0.0/8']\n    IndexConfigs:\n      docker.io: { Name: docker.io, Secure: true }\n",
    },
  ],
  fail: [
    {
      name: 'the running daemon reports an insecure registry',
      host: "info:\n  RegistryConfig:\n    InsecureRegistryCIDRs: ['127.0.0.0/8']\n    IndexConfigs:\n      registry.internal:5000: { Name: 'registry.internal:5000', Secure: false }\n",
      findings: [{ messageId: 'insecure', name: 'dockerd', path: 'insecure-registries' }],
    },
  ],
});
