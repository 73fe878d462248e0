import { container, snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

const policy = (Name: string, MaximumRetryCount = 0) => ({ RestartPolicy: { Name, MaximumRetryCount } });
testEngineRule(rule, {
  valid: [
    {
      name: 'on-failure:5',
      snapshot: snapshot({ containers: [container('web', { HostConfig: policy('on-failure', 5) })] }),
    },
    {
      name: 'always is RT037s',
      snapshot: snapshot({ containers: [container('web', { HostConfig: policy('always') })] }),
    },
    {
      name: 'a --rm container',
      snapshot: snapshot({ containers: [container('job', { HostConfig: { ...policy('no'), AutoRemove: true } })] }),
    },
    { name: 'no containers', snapshot: snapshot(), skipped: true },
  ],
  invalid: [
    {
      name: 'restart policy no',
      snapshot: snapshot({ containers: [container('web', { HostConfig: policy('no') })] }),
      errors: [{ messageId: 'none', at: 'container web HostConfig.RestartPolicy.Name' }],
    },
    {
      name: 'restart policy empty (API default)',
      snapshot: snapshot({ containers: [container('web', { HostConfig: policy('') })] }),
      errors: [{ messageId: 'none', at: 'container web HostConfig.RestartPolicy.Name' }],
    },
  ],
});
