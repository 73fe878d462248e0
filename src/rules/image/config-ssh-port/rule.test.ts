import { testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    { name: 'web ports', image: { config: { ExposedPorts: { '80/tcp': {}, '443/tcp': {}, '2222/tcp': {} } } } },
    { name: 'port 22 over UDP', image: { config: { ExposedPorts: { '22/udp': {} } } } },
    { name: 'no ports', image: { config: {} } },
  ],
  invalid: [
    {
      name: 'port 22/tcp beside others',
      image: { config: { ExposedPorts: { '8080/tcp': {}, '22/tcp': {} } } },
      errors: [{ messageId: 'sshPort', path: 'config.ExposedPorts.22/tcp' }],
    },
    {
      name: 'port 22 without a protocol',
      image: { config: { ExposedPorts: { '22': {} } } },
      errors: [{ messageId: 'sshPort', path: 'config.ExposedPorts.22' }],
    },
  ],
});
