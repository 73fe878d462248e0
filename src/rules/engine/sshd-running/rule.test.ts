import { container, snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';

const running = (cmd: string) => ({
  inspect: container('box', { State: { Status: 'running', Running: true, Pid: 4242 } }),
  top: {
    Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    Processes: [['root', '4242', '4200', '0', '10:00', '?', '00:00:00', cmd]],
  },
});
testEngineRule(rule, {
  valid: [
    { name: 'a web server', snapshot: { ...snapshot(), containers: [running('nginx: master process nginx')] } },
    {
      name: 'a command mentioning ssh keys',
      snapshot: snapshot({ containers: [container('box', { Config: { Cmd: ['ssh-keygen', '-A'] } })] }),
    },
    { name: 'no containers', snapshot: snapshot(), skipped: true },
  ],
  invalid: [
    {
      name: 'sshd among the processes',
      snapshot: { ...snapshot(), containers: [running('/usr/sbin/sshd -D')] },
      errors: [{ messageId: 'running', at: 'container box State.Pid' }],
    },
    {
      name: 'a created container whose command is sshd',
      snapshot: snapshot({
        containers: [container('box', { Config: { Entrypoint: ['/usr/sbin/sshd'], Cmd: ['-D'] } })],
      }),
      errors: [{ messageId: 'command', at: 'container box Config.Entrypoint' }],
    },
  ],
});
