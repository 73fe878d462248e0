import { describe, expect, it } from 'vitest';
import { runImageRule, testImageRule } from '../testing.js';
import rule from './rule.js';

const passwd = 'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001::/home/app:/bin/sh\n';

testImageRule(rule, {
  valid: [
    {
      name: 'locked and hashed passwords',
      image: {
        layers: [
          {
            files: [
              { path: '/etc/passwd', content: passwd },
              {
                path: '/etc/shadow',
                mode: '0640',
                content: 'root:*:19000:0:99999:7:::\napp:!:19000::::::\nops:$6$salt$hash:19000:0:99999:7:::\n',
              },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'an empty shadow field and an empty passwd field',
      image: {
        layers: [
          {
            files: [
              { path: '/etc/passwd', content: `${passwd}guest::1002:1002::/home/guest:/bin/sh\n` },
              { path: '/etc/shadow', content: 'root::19000:0:99999:7:::\napp:!:19000::::::\n' },
            ],
          },
        ],
      },
      errors: [
        { messageId: 'emptyShadow', path: 'layer 0:/etc/shadow' },
        { messageId: 'emptyPasswd', path: 'layer 0:/etc/passwd' },
      ],
    },
    {
      name: 'a later layer that clears the root password',
      image: {
        layers: [
          { files: [{ path: '/etc/shadow', content: 'root:*:19000:0:99999:7:::\n' }] },
          { gzip: true, files: [{ path: '/etc/shadow', content: 'root::19000:0:99999:7:::\n' }] },
        ],
      },
      errors: [{ messageId: 'emptyShadow', path: 'layer 1:/etc/shadow' }],
    },
  ],
});

describe('IM016 skips', () => {
  it('an image without account files', async () => {
    const r = await runImageRule(rule, { layers: [{ files: [{ path: '/app', content: '' }] }] });
    expect(r.checks.map((c) => [c.state, c.message])).toEqual([
      ['skipped', 'the image has no readable /etc/shadow or /etc/passwd'],
    ]);
  });
});
