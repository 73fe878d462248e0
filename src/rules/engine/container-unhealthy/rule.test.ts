import { container, snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

const health = (Status: string) => container('web', { State: { Running: true, Health: { Status, FailingStreak: 3 } } });
testEngineRule(rule, {
  valid: [
    { name: 'healthy', snapshot: snapshot({ containers: [health('healthy')] }) },
    { name: 'starting', snapshot: snapshot({ containers: [health('starting')] }) },
    { name: 'no health check', snapshot: snapshot({ containers: [container('web')] }) },
    { name: 'no containers', snapshot: snapshot(), skipped: true },
  ],
  invalid: [
    {
      name: 'unhealthy',
      snapshot: snapshot({ containers: [health('unhealthy')] }),
      errors: [{ messageId: 'unhealthy', at: 'container web State.Health.Status' }],
    },
  ],
});
