import { describe, expect, it } from 'vitest';
import { runImageRule, testImageRule } from '../testing.js';
import rule from './rule.js';

const image = (...steps: string[]) => ({ history: steps.map((created_by) => ({ created_by, empty_layer: true })) });

testImageRule(rule, {
  valid: [
    {
      name: 'ordinary steps',
      image: image(
        '/bin/sh -c #(nop)  ENV PATH=/usr/local/bin:/usr/bin',
        '/bin/sh -c #(nop)  ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
        'RUN /bin/sh -c echo "$DB_PASSWORD" | docker login --password-stdin registry.example # buildkit',
        'ENV PASSWORD_FILE=/run/secrets/password',
      ),
    },
  ],
  invalid: [
    {
      name: 'ENV with a secret (classic builder), ARG and a build argument (BuildKit)',
      image: image(
        '/bin/sh -c #(nop)  ENV API_TOKEN=abcdef0123456789',
        'ARG NPM_TOKEN=npm_1234567890abcdefghijklmnopqrstuvwxyz',
        '|1 GITHUB_TOKEN=hunter2hunter2 /bin/sh -c git clone https://github.com/example/private.git',
      ),
      errors: [
        { messageId: 'secretInStep', path: 'history[0]' },
        { messageId: 'secretInStep', path: 'history[1]' },
        { messageId: 'secretInStep', path: 'history[2]' },
      ],
    },
    {
      name: 'a token and a URL password in a RUN',
      image: image(
        '/bin/sh -c curl -H "Authorization: token ghp_abcdefghijklmnopqrstuvwxyz0123456789" https://api.github.com',
        '/bin/sh -c pip install --index-url https://build:pa55word@pypi.example/simple app',
      ),
      errors: [
        { messageId: 'secretInStep', path: 'history[0]' },
        { messageId: 'secretInStep', path: 'history[1]' },
      ],
    },
  ],
});

describe('IM004 output', () => {
  it('names the variables and masks every value', async () => {
    const r = await runImageRule(rule, image('|1 GITHUB_TOKEN=hunter2hunter2 /bin/sh -c make'));
    expect(r.findings.map((f) => [f.message, f.evidence])).toEqual([
      [
        'Build step 0 records the value of GITHUB_TOKEN in the image history, where `docker history` shows it to anyone who can pull the image.',
        '|1 GITHUB_TOKEN=hu****(14 chars) /bin/sh -c make',
      ],
    ]);
  });
});
