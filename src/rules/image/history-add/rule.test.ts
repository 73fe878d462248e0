import { testImageRule } from '../testing.js';
import rule from './rule.js';

const image = (...steps: string[]) => ({ history: steps.map((created_by) => ({ created_by, empty_layer: true })) });

testImageRule(rule, {
  valid: [
    {
      name: 'a base image ADDing its root file system, then COPY',
      image: image(
        '/bin/sh -c #(nop) ADD file:5d6b639e8b6bcc01 in / ',
        '/bin/sh -c #(nop)  CMD ["bash"]',
        '/bin/sh -c #(nop) COPY file:4c2a8e in /app/server ',
        'COPY app.jar /app/app.jar # buildkit',
      ),
    },
    { name: 'a BuildKit base image ADDing its root', image: image('ADD alpine-minirootfs.tar.gz / # buildkit') },
  ],
  invalid: [
    {
      name: 'ADD of a local file (classic builder) and of a URL (BuildKit)',
      image: image(
        '/bin/sh -c #(nop) ADD file:5d6b639e8b6bcc01 in / ',
        '/bin/sh -c #(nop) ADD file:9f3c1d in /opt/app.tar.gz ',
        'ADD https://example.com/tool.tgz /opt/ # buildkit',
      ),
      errors: [
        { messageId: 'add', path: 'history[1]' },
        { messageId: 'add', path: 'history[2]' },
      ],
    },
    {
      name: 'a first step that ADDs somewhere else',
      image: image('/bin/sh -c #(nop) ADD file:9f3c1d in /app '),
      errors: [{ messageId: 'add', path: 'history[0]' }],
    },
  ],
});
