import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\n',
      'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n',
      'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=true pip install flask==3.0.3\n',
      'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n',
      'FROM python:3.12\nRUN pip install flask==3.0.3 && rm -rf /root/.cache/pip\n',
      'FROM python:3.12\nRUN pip install flask==3.0.3 && pip cache purge\n',
      'FROM python:3.12 AS build\nRUN pip wheel -w /wheels flask && pip install flask==3.0.3\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\n',
      'FROM python:3.12\nRUN pipx install poetry==1.8.3\n',
    ],
    invalid: [
      {
        code: 'FROM python:3.12\nRUN pip install flask==3.0.3\n',
        errors: [{ messageId: 'cached', line: 2, column: 5, endLine: 2, endColumn: 29 }],
      },
      {
        code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN python -m pip install -r requirements.txt\n',
        errors: [{ messageId: 'cached', line: 3, column: 5, endLine: 3, endColumn: 46 }],
      },
      {
        code: 'FROM python:3.12\nRUN pip3 install --upgrade pip==24.2 && \\\n    pip3 install --no-cache-dir -r requirements.txt\n',
        errors: [{ messageId: 'cached', line: 2, column: 5, endLine: 2, endColumn: 37 }],
      },
    ],
  },
);
