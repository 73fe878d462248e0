import { describe, expect, it } from 'vitest';
import { describedImage, testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'absolute and inside-the-root relative symlinks',
      image: {
        layers: [
          {
            files: [
              { path: '/bin/sh', type: 'symlink', target: '/bin/busybox' },
              { path: '/etc/localtime', type: 'symlink', target: '../usr/share/zoneinfo/UTC' },
              { path: '/lib', type: 'symlink', target: 'usr/lib' },
              { path: '/usr/bin/perl5', type: 'link', target: 'usr/bin/perl' },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'absolute names, traversal, and escaping links',
      image: {
        layers: [
          { files: [{ path: '/etc/cron.d/evil', raw: true }] },
          {
            gzip: true,
            files: [
              { path: '../../../../root/.ssh/authorized_keys', raw: true },
              { path: '/app/logs', type: 'symlink', target: '../../../var/log' },
              { path: '/app/shadow', type: 'link', target: '../etc/shadow' },
            ],
          },
        ],
      },
      errors: [
        { messageId: 'absolutePath', path: 'layer 0:/etc/cron.d/evil' },
        { messageId: 'pathTraversal', path: 'layer 1:../../../../root/.ssh/authorized_keys' },
        { messageId: 'symlinkEscape', path: 'layer 1:app/logs' },
        { messageId: 'hardlinkEscape', path: 'layer 1:app/shadow' },
      ],
    },
  ],
});

describe('IM019 and the reader', () => {
  it('never applies a refused entry; keeps an escaping symlink as a symlink without following it', async () => {
    const doc = await describedImage({
      layers: [
        {
          files: [
            { path: '../evil', raw: true, content: 'x' },
            { path: '/app/logs', type: 'symlink', target: '../../var/log' },
            { path: '/app/logs/x', content: 'y' },
          ],
        },
      ],
    });
    expect([...doc.files.keys()]).toEqual(['/app/logs', '/app/logs/x']);
    expect(doc.files.get('/app/logs')).toMatchObject({ type: 'symlink', linkTarget: '../../var/log' });
  });
});
