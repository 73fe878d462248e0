import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nCOPY app.jar /app.jar\n',
      'FROM alpine:3.20\nADD rootfs.tar.xz /\n',
      'FROM alpine:3.13\nADD "/target/resources.tar.gz" "resources"\n',
      // URLs are DF006's concern.
      'FROM alpine:3.20\nADD https://example.com/tool.bin /usr/local/bin/tool\n',
      'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git#v0.13.0 /src\n',
      'FROM alpine:3.20\nARG ARCHIVE=dist.tgz\nADD ${ARCHIVE} /opt/\n',
      // Unknown source: not reported.
      'FROM alpine:3.20\nARG SRC\nADD $SRC /opt/\n',
      'FROM alpine:3.20\n# stridebench:ignore DF005 legacy layout\nADD conf /etc/app\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.13\nUSER mike\nADD "/target/resources.tar.gz" "resources.jar"\nADD "/target/app.jar" "app.jar"\n',
        errors: [{ messageId: 'useCopy', line: 4, column: 1, endLine: 4, endColumn: 4 }],
      },
      {
        code: 'FROM alpine:3.20\nADD --chown=app:app conf/ settings.ini /etc/app/\n',
        errors: [{ messageId: 'useCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }],
      },
      {
        code: 'FROM alpine:3.20\nadd ["config.yaml", "/etc/app/"]\n',
        errors: [{ messageId: 'useCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }],
      },
      {
        code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n',
        errors: [{ messageId: 'useCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }],
      },
      {
        code: 'FROM alpine:3.20\nARG CONF=app.conf\nADD ${CONF} /etc/\n',
        errors: [{ messageId: 'useCopy', line: 3, column: 1, endLine: 3, endColumn: 4 }],
      },
    ],
  },
);
