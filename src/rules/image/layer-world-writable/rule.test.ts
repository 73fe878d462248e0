import { testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'sticky directories, scratch space, symlinks and ordinary modes',
      image: {
        layers: [
          {
            files: [
              { path: '/tmp', type: 'dir', mode: '1777' },
              { path: '/tmp/cache', type: 'dir', mode: '0777' },
              { path: '/var/tmp/x', mode: '0666' },
              { path: '/srv/uploads', type: 'dir', mode: '1777' },
              { path: '/bin/sh', type: 'symlink', target: 'busybox' },
              { path: '/app/server', mode: '0755' },
              { path: '/dev/null', type: 'char-device', mode: '0666' },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a world-writable program and a world-writable directory',
      image: {
        layers: [
          { files: [{ path: '/app/server', mode: '0755' }] },
          {
            files: [
              { path: '/app', type: 'dir', mode: '0777' },
              { path: '/app/server', mode: '0777' },
              { path: '/etc/app.conf', mode: '0666' },
            ],
          },
        ],
      },
      errors: [
        { messageId: 'directory', path: 'layer 1:/app' },
        { messageId: 'file', path: 'layer 1:/app/server' },
        { messageId: 'file', path: 'layer 1:/etc/app.conf' },
      ],
    },
  ],
});
