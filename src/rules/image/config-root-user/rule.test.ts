import { testImageRule } from '../testing.js';
import rule from './rule.js';

const passwd = 'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001::/home/app:/bin/sh\ntoor:x:0:0::/root:/bin/sh\n';

testImageRule(rule, {
  valid: [
    { name: 'a named user', image: { config: { User: 'app' } } },
    { name: 'a numeric uid and gid', image: { config: { User: '10001:10001' } } },
    { name: 'a non-root user in the root group', image: { config: { User: 'app:0' } } },
    {
      name: 'a named user that /etc/passwd maps to a non-zero uid',
      image: { config: { User: 'app' }, layers: [{ files: [{ path: '/etc/passwd', content: passwd }] }] },
    },
  ],
  invalid: [
    { name: 'no User', image: { config: {} }, errors: [{ messageId: 'noUser', path: 'config.User' }] },
    { name: 'an empty User', image: { config: { User: '' } }, errors: [{ messageId: 'noUser', path: 'config.User' }] },
    { name: 'root', image: { config: { User: 'root' } }, errors: [{ messageId: 'rootUser', path: 'config.User' }] },
    {
      name: 'uid 0 with a group',
      image: { config: { User: '0:0' } },
      errors: [{ messageId: 'rootUser', path: 'config.User' }],
    },
    {
      name: 'a name with uid 0',
      image: { config: { User: 'toor' }, layers: [{ files: [{ path: '/etc/passwd', content: passwd }] }] },
      errors: [{ messageId: 'uidZero', path: 'config.User' }],
    },
  ],
});
