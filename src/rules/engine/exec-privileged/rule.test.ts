import { container, snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

const withExec = (processConfig: Record<string, unknown>) => ({
  ...snapshot(),
  containers: [
    {
      inspect: container('web', { State: { Running: true }, ExecIDs: ['e1', 'e2'] }),
      execs: [
        { ID: 'e1', ProcessConfig: { entrypoint: 'sh', arguments: [], privileged: false, user: '' } },
        { ID: 'e2', ProcessConfig: processConfig },
      ],
    },
  ],
});
testEngineRule(rule, {
  valid: [
    { name: 'ordinary execs', snapshot: withExec({ entrypoint: 'ls', arguments: ['/'], privileged: false, user: '' }) },
    { name: 'no exec instances', snapshot: snapshot({ containers: [container('web')] }) },
    { name: 'no containers', snapshot: snapshot(), skipped: true },
  ],
  invalid: [
    {
      name: 'docker exec --privileged',
      snapshot: withExec({ entrypoint: 'sh', arguments: ['-c', 'mount'], privileged: true, user: '' }),
      errors: [{ messageId: 'privileged', at: 'container web ExecIDs[1]' }],
    },
  ],
});
