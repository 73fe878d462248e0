import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
      'FROM debian:12\nRUN set -o pipefail && curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
      'FROM debian:12\nRUN set -euxo pipefail; curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
      'FROM debian:12\nRUN bash -o pipefail -c "curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg"\n',
      'FROM debian:12\nRUN echo "deb http://deb.debian.org/debian bookworm main" | tee /etc/apt/sources.list\n',
      'FROM debian:12\nRUN yes | apt-get install curl\n',
      'FROM debian:12\nRUN test -f /x || echo "a | b"\n',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command Get-ChildItem | Select-Object Name\n',
      'FROM debian:12 AS base\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://example.com | sh\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
        errors: [{ messageId: 'noPipefail', line: 2, column: 5, endLine: 2, endColumn: 65 }],
      },
      {
        code: 'FROM debian:12\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg && set -o pipefail\n',
        errors: [{ messageId: 'noPipefail', line: 2, column: 5, endLine: 2, endColumn: 65 }],
      },
      {
        code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN wget -qO- https://example.com/app.tgz \\\n    | tar -xz -C /opt\n',
        errors: [{ messageId: 'noPipefail', line: 3, column: 5, endLine: 4, endColumn: 22 }],
      },
      {
        code: 'FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://example.com/i.sh | sh\nEOF\n',
        errors: [{ messageId: 'noPipefail', line: 4, column: 1, endLine: 4, endColumn: 41 }],
      },
    ],
  },
);
