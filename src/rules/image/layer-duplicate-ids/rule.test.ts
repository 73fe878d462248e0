import { testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'unique ids',
      image: {
        layers: [
          {
            files: [
              {
                path: '/etc/passwd',
                content: 'root:x:0:0:root:/root:/bin/sh\n# comment\napp:x:10001:10001::/home/app:/bin/sh\n',
              },
              { path: '/etc/group', content: 'root:x:0:\napp:x:10001:\n' },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a second uid 0 and a shared gid',
      image: {
        layers: [
          {
            files: [
              {
                path: '/etc/passwd',
                content:
                  'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001::/home/app:/bin/sh\ntoor:x:0:0::/root:/bin/sh\n',
              },
              { path: '/etc/group', content: 'root:x:0:\napp:x:10001:\nstaff:x:10001:\n' },
            ],
          },
        ],
      },
      errors: [
        { messageId: 'duplicateUid', path: 'layer 0:/etc/passwd' },
        { messageId: 'duplicateGid', path: 'layer 0:/etc/group' },
      ],
    },
  ],
});
