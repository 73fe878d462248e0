import { container, snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

const withExec = (user: string) => ({
  ...snapshot(),
  containers: [
    {
      inspect: container('web', { Config: { User: '1000' }, State: { Running: true }, ExecIDs: ['e1'] }),
      execs: [{ ID: 'e1', ProcessConfig: { entrypoint: 'sh', arguments: [], privileged: false, user } }],
    },
  ],
});
testEngineRule(rule, {
  valid: [
    { name: "an exec as the container's user", snapshot: withExec('') },
    { name: 'an exec as another unprivileged user', snapshot: withExec('nobody') },
    { name: 'no containers', snapshot: snapshot(), skipped: true },
  ],
  invalid: [
    {
      name: '--user root',
      snapshot: withExec('root'),
      errors: [{ messageId: 'root', at: 'container web ExecIDs[0]' }],
    },
    { name: '-u 0:0', snapshot: withExec('0:0'), errors: [{ messageId: 'root', at: 'container web ExecIDs[0]' }] },
  ],
});
