import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM alpine:3.20\nRUN curl -fsSL https://example.com/x.tgz | tar -xz -C /opt\n',
      'FROM alpine:3.20\nRUN curl -fsSLo /tmp/i.sh https://example.com/i.sh | sh\n',
      'FROM alpine:3.20\nRUN wget https://example.com/i.sh | sh\n',
      'FROM alpine:3.20\nRUN curl -s https://example.com/version | sh -c "cat > /version"\n',
      'FROM alpine:3.20\nRUN echo "curl https://x | sh" && curl https://x > /x; sh /x.sh\n',
      'FROM alpine:3.20\nRUN VERSION="$(curl -fsSL https://example.com/latest)" && echo $VERSION\n',
      'FROM alpine:3.20\nRUN curl https://example.com/x | python3 /opt/parse.py\n',
      'FROM alpine:3.20\n# curl https://example.com/i.sh | sh\nRUN true\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.20\nRUN curl -fsSL https://example.com/install.sh | sh\n',
        errors: [{ messageId: 'pipedToShell', line: 2, column: 5, endLine: 2, endColumn: 51 }],
      },
      {
        code: 'FROM alpine:3.20\nRUN apk add wget && wget -qO- https://example.com/i.sh \\\n    | sudo -E bash -s -- --yes\n',
        errors: [{ messageId: 'pipedToShell', line: 2, column: 21, endLine: 3, endColumn: 31 }],
      },
      {
        code: 'FROM python:3.12\nRUN curl -sS https://bootstrap.pypa.io/get-pip.py | tee /tmp/get-pip.py | python3 -\n',
        errors: [{ messageId: 'pipedToShell', line: 2, column: 5, endLine: 2, endColumn: 84 }],
      },
      {
        code: 'FROM alpine:3.20\nRUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"\n',
        errors: [{ messageId: 'substituted', line: 2, column: 5, endLine: 2, endColumn: 100 }],
      },
      {
        code: 'FROM alpine:3.20\nRUN bash <(curl -s https://example.com/i.sh) && eval "$(wget -O- https://example.com/env)"\n',
        errors: [
          { messageId: 'substituted', line: 2, column: 5, endLine: 2, endColumn: 45 },
          { messageId: 'substituted', line: 2, column: 49, endLine: 2, endColumn: 91 },
        ],
      },
      {
        code: 'FROM alpine:3.20\nRUN <<EOF\nset -e\ncurl -fsSL https://example.com/i.sh | bash\nEOF\n',
        errors: [{ messageId: 'pipedToShell', line: 4, column: 1, endLine: 4, endColumn: 43 }],
      },
    ],
  },
);
