import { testImageRule } from '../testing.js';
import rule from './rule.js';

const image = (...steps: string[]) => ({ history: steps.map((created_by) => ({ created_by, empty_layer: true })) });

testImageRule(rule, {
  valid: [
    {
      name: 'update and install in one step',
      image: image(
        '/bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
        'RUN /bin/sh -c apk update && apk add curl # buildkit',
        '/bin/sh -c set -eux; zypper --non-interactive refresh; zypper --non-interactive install -y curl',
        '/bin/sh -c yum makecache && yum install -y httpd',
      ),
    },
    { name: 'no package manager', image: image('/bin/sh -c echo update > /etc/motd') },
  ],
  invalid: [
    {
      name: 'apt-get update alone, apk update alone, sudo apt update alone',
      image: image(
        '/bin/sh -c apt-get update',
        'RUN /bin/sh -c apk update # buildkit',
        '/bin/sh -c apt-get install -y curl',
        '|1 X=1 /bin/sh -c sudo apt -q update && echo done',
      ),
      errors: [
        { messageId: 'updateAlone', path: 'history[0]' },
        { messageId: 'updateAlone', path: 'history[1]' },
        { messageId: 'updateAlone', path: 'history[3]' },
      ],
    },
  ],
});
