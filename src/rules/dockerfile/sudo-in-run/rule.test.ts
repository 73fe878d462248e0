import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM busybox\n\nRUN apt-get install sudoku\n',
      'FROM debian:12\nRUN apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\n',
      'FROM alpine:3.13\nRUN  pip install --upgrade pip\nUSER mike\n',
      'FROM alpine:3.20\n# RUN sudo make install\nRUN echo "use sudo" && gosu app true\n',
      'FROM alpine:3.20\nCMD ["sudo", "-u", "app", "/app"]\n',
    ],
    invalid: [
      {
        code: 'FROM busybox\n\nRUN sudo apt-get install git\n',
        errors: [{ messageId: 'sudo', line: 3, column: 5, endLine: 3, endColumn: 9 }],
      },
      {
        code: 'FROM busybox\n\nRUN apt-get update \\\n && sudo apt-get install vim\n',
        errors: [{ messageId: 'sudo', line: 4, column: 5, endLine: 4, endColumn: 9 }],
      },
      {
        code: 'FROM alpine:3.13\nRUN  sudo pip install --upgrade pip\nUSER mike\n',
        errors: [{ messageId: 'sudo', line: 2, column: 6, endLine: 2, endColumn: 10 }],
      },
      {
        code: 'FROM debian:12\nRUN ["/usr/bin/sudo", "make", "install"]\nRUN DEBIAN_FRONTEND=noninteractive env A=1 sudo -E apt-get -y install x\n',
        errors: [
          { messageId: 'sudo', line: 2, column: 6, endLine: 2, endColumn: 21 },
          { messageId: 'sudo', line: 3, column: 44, endLine: 3, endColumn: 48 },
        ],
      },
      {
        code: 'FROM debian:12\nRUN bash -c "sudo make install"\n',
        errors: [{ messageId: 'sudo', line: 2, column: 14, endLine: 2, endColumn: 18 }],
      },
    ],
  },
);
