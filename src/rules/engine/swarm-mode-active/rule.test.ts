import { snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

const E = 'unix:///var/run/docker.sock';
testEngineRule(rule, {
  valid: [
    { name: 'swarm inactive', snapshot: snapshot() },
    { name: 'no swarm state reported', snapshot: snapshot({ info: {} }), skipped: true },
  ],
  invalid: [
    {
      name: 'a swarm manager',
      snapshot: snapshot({ info: { Swarm: { LocalNodeState: 'active', ControlAvailable: true } } }),
      errors: [{ messageId: 'active', at: `daemon ${E} Swarm.LocalNodeState` }],
    },
    {
      name: 'joining a swarm',
      snapshot: snapshot({ info: { Swarm: { LocalNodeState: 'pending' } } }),
      errors: [{ messageId: 'active', at: `daemon ${E} Swarm.LocalNodeState` }],
    },
  ],
});
