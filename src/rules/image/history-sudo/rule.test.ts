import { testImageRule } from '../testing.js';
import rule from './rule.js';

const image = (...steps: string[]) => ({ history: steps.map((created_by) => ({ created_by, empty_layer: true })) });

testImageRule(rule, {
  valid: [
    {
      name: 'installing the sudo package and mentioning sudo',
      image: image(
        '/bin/sh -c apt-get update && apt-get install -y sudo && rm -rf /var/lib/apt/lists/*',
        '/bin/sh -c echo "app ALL=(ALL) NOPASSWD: /usr/bin/id" > /etc/sudoers.d/app',
        '/bin/sh -c #(nop)  LABEL note=sudo',
      ),
    },
  ],
  invalid: [
    {
      name: 'sudo at the start and after &&',
      image: image(
        '/bin/sh -c sudo apt-get install -y curl',
        'RUN /bin/sh -c mkdir /x && sudo -E chown app /x # buildkit',
      ),
      errors: [
        { messageId: 'sudo', path: 'history[0]' },
        { messageId: 'sudo', path: 'history[1]' },
      ],
    },
  ],
});
