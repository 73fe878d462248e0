import { testImageRule } from '../testing.js';
import rule from './rule.js';

const image = (...steps: string[]) => ({ history: steps.map((created_by) => ({ created_by, empty_layer: true })) });

testImageRule(rule, {
  valid: [
    {
      name: 'downloads that are verified before they run',
      image: image(
        '/bin/sh -c curl -fsSLo /tmp/install.sh https://example.com/install.sh && echo "abc  /tmp/install.sh" | sha256sum -c - && sh /tmp/install.sh',
        '/bin/sh -c curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg',
        '/bin/sh -c wget -qO- https://example.com/app.tar.gz | tar xz -C /opt',
      ),
    },
    { name: 'no downloads', image: image('/bin/sh -c #(nop)  ENV SHELL=/bin/sh') },
  ],
  invalid: [
    {
      name: 'curl | sh, wget | sudo bash, sh -c "$(curl)", bash <(curl), curl | python3',
      image: image(
        '/bin/sh -c curl -fsSL https://get.example.com | sh',
        '/bin/sh -c wget -qO- https://example.com/setup | sudo -E bash -',
        'RUN /bin/sh -c sh -c "$(curl -fsSL https://example.com/install.sh)" # buildkit',
        '/bin/sh -c bash <(curl -s https://example.com/i.sh)',
        '/bin/sh -c curl -sSL https://install.python-poetry.org | python3 -',
      ),
      errors: [
        { messageId: 'pipeToShell', path: 'history[0]' },
        { messageId: 'pipeToShell', path: 'history[1]' },
        { messageId: 'pipeToShell', path: 'history[2]' },
        { messageId: 'pipeToShell', path: 'history[3]' },
        { messageId: 'pipeToShell', path: 'history[4]' },
      ],
    },
  ],
});
