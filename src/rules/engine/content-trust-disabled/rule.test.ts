import { snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

const at = 'host client environment DOCKER_CONTENT_TRUST';
testEngineRule(rule, {
  valid: [
    { name: 'DOCKER_CONTENT_TRUST=1', snapshot: snapshot({ client: { contentTrust: '1' } }) },
    { name: 'DOCKER_CONTENT_TRUST=true', snapshot: snapshot({ client: { contentTrust: 'true' } }) },
  ],
  invalid: [
    { name: 'unset', snapshot: snapshot({ client: {} }), errors: [{ messageId: 'unset', at }] },
    { name: 'set to 0', snapshot: snapshot({ client: { contentTrust: '0' } }), errors: [{ messageId: 'off', at }] },
    {
      name: 'set to yes (not a Go bool)',
      snapshot: snapshot({ client: { contentTrust: 'yes' } }),
      errors: [{ messageId: 'off', at }],
    },
  ],
});
