import { testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'data volumes',
      image: { config: { Volumes: { '/var/lib/postgresql/data': {}, '/devices-cache': {}, '/data/proc': {} } } },
    },
    { name: 'no volumes', image: { config: { Volumes: null } } },
  ],
  invalid: [
    {
      name: '/proc, /sys/fs/cgroup and /dev/',
      image: { config: { Volumes: { '/proc': {}, '/data': {}, '/sys/fs/cgroup': {}, '/dev/': {} } } },
      errors: [
        { messageId: 'sensitiveVolume', path: 'config.Volumes./proc' },
        { messageId: 'sensitiveVolume', path: 'config.Volumes./sys/fs/cgroup' },
        { messageId: 'sensitiveVolume', path: 'config.Volumes./dev/' },
      ],
    },
  ],
});
