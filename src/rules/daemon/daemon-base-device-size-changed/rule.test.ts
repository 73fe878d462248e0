import { testHostRule } from '../../host/testing.js';
import { testRule } from '../../testing.js';
import { daemonJsonParser, dockerdCommandParser } from '../testing.js';
import rule from './rule.js';

/** A docker.service unit: flags start on line 2, column 28. */
const unit = (flags: string) => `[Service]\nExecStart=/usr/bin/dockerd ${flags}\n`;

testRule(rule, daemonJsonParser, {
  valid: ['{}', '{ "storage-opts": ["dm.thinpooldev=/dev/mapper/thin"] }'],
  invalid: [
    {
      code: '{ "storage-opts": ["dm.basesize=50G"] }',
      errors: [{ messageId: 'changed', line: 1, column: 20, endLine: 1, endColumn: 37 }],
    },
  ],
});

testRule(rule, dockerdCommandParser, {
  valid: [unit('--storage-opt overlay2.size=10G')],
  invalid: [
    {
      code: unit('--storage-opt dm.basesize=20G'),
      errors: [{ messageId: 'changed', line: 2, column: 28, endLine: 2, endColumn: 57 }],
    },
  ],
});

testHostRule(rule, {
  pass: [{ name: 'no storage options', host: 'dockerd: [dockerd]\n' }],
  fail: [
    {
      name: 'dm.basesize among several storage options',
      host: 'dockerd: [dockerd, --storage-opt, dm.thinpooldev=/dev/mapper/thin, --storage-opt, dm.basesize=20G]\n',
      findings: [{ messageId: 'changed', name: 'dockerd', path: 'storage-opts' }],
    },
  ],
});
