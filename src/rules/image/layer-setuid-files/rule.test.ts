import { testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'ordinary modes, a sticky directory, and a setuid file removed by a later layer',
      image: {
        layers: [
          {
            files: [
              { path: '/usr/bin/env', mode: '0755' },
              { path: '/tmp', type: 'dir', mode: '1777' },
              { path: '/usr/bin/su', mode: '4755' },
            ],
          },
          { files: [{ path: '/usr/bin/su', type: 'whiteout' }] },
        ],
      },
    },
    {
      name: 'a setgid directory',
      image: { layers: [{ files: [{ path: '/srv/shared', type: 'dir', mode: '2775' }] }] },
    },
  ],
  invalid: [
    {
      name: 'setuid, setgid and a capability in two layers',
      image: {
        layers: [
          {
            files: [
              { path: '/usr/bin/passwd', mode: '4755' },
              { path: '/usr/bin/chage', mode: '2755', gid: 42 },
            ],
          },
          { gzip: true, files: [{ path: '/usr/bin/ping', mode: '0755', capabilities: true }] },
        ],
      },
      errors: [
        { messageId: 'setgid', path: 'layer 0:/usr/bin/chage' },
        { messageId: 'setuid', path: 'layer 0:/usr/bin/passwd' },
        { messageId: 'capabilities', path: 'layer 1:/usr/bin/ping' },
      ],
    },
    {
      name: 'a setuid bit a later layer adds with chmod',
      image: {
        layers: [{ files: [{ path: '/opt/tool', mode: '0755' }] }, { files: [{ path: '/opt/tool', mode: '4755' }] }],
      },
      errors: [{ messageId: 'setuid', path: 'layer 1:/opt/tool' }],
    },
    {
      name: 'more files than are listed',
      image: {
        layers: [
          {
            files: Array.from({ length: 27 }, (_, i) => ({
              path: `/bin/s${String(i).padStart(2, '0')}`,
              mode: '4755',
            })),
          },
        ],
      },
      errors: [
        ...Array.from({ length: 25 }, (_, i) => ({
          messageId: 'setuid',
          path: `layer 0:/bin/s${String(i).padStart(2, '0')}`,
        })),
        { messageId: 'more', path: 'layers' },
      ],
    },
  ],
});
