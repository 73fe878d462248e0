import { container, snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

testEngineRule(rule, {
  valid: [
    { name: 'the daemon default', snapshot: snapshot({ containers: [container('web')] }) },
    { name: 'no containers', snapshot: snapshot(), skipped: true },
  ],
  invalid: [
    {
      name: '--cgroup-parent',
      snapshot: snapshot({ containers: [container('web', { HostConfig: { CgroupParent: '/custom' } })] }),
      errors: [{ messageId: 'parent', at: 'container web HostConfig.CgroupParent' }],
    },
  ],
});
