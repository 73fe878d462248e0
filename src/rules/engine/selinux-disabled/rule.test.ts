import { container, snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

const selinux = { SecurityOptions: ['name=seccomp,profile=builtin', 'name=selinux'], Swarm: {} };
testEngineRule(rule, {
  valid: [
    { name: 'SELinux daemon, default labels', snapshot: snapshot({ info: selinux, containers: [container('web')] }) },
    {
      name: 'SELinux daemon, a level set',
      snapshot: snapshot({
        info: selinux,
        containers: [container('web', { HostConfig: { SecurityOpt: ['label=level:s0:c100,c200'] } })],
      }),
    },
    { name: 'no SELinux on the daemon', snapshot: snapshot({ containers: [container('web')] }), skipped: true },
    { name: 'no containers', snapshot: snapshot(), skipped: true },
  ],
  invalid: [
    {
      name: 'label=disable asked for',
      snapshot: snapshot({ containers: [container('web', { HostConfig: { SecurityOpt: ['label=disable'] } })] }),
      errors: [{ messageId: 'disabled', at: 'container web HostConfig.SecurityOpt[0]' }],
    },
    {
      name: 'label=disable that Docker added to a privileged container',
      snapshot: snapshot({
        info: selinux,
        containers: [container('priv', { HostConfig: { Privileged: true, SecurityOpt: ['label=disable'] } })],
      }),
      errors: [{ messageId: 'disabledByDocker', at: 'container priv HostConfig.SecurityOpt[0]' }],
    },
    {
      name: 'label:disable (old syntax) with host PID',
      snapshot: snapshot({
        containers: [
          container('top', { HostConfig: { PidMode: 'host', SecurityOpt: ['seccomp=unconfined', 'label:disable'] } }),
        ],
      }),
      errors: [{ messageId: 'disabledByDocker', at: 'container top HostConfig.SecurityOpt[1]' }],
    },
  ],
});
