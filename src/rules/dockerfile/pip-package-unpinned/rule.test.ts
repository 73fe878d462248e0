import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\n',
      'FROM python:3.12\nRUN pip install -r requirements.txt\n',
      'FROM python:3.12\nRUN pip3 install --requirement /tmp/req.txt flask\n',
      'FROM python:3.12\nRUN pip install . && pip install -e ./lib\n',
      'FROM python:3.12\nRUN pip install /wheels/app-1.0-py3-none-any.whl\n',
      'FROM python:3.12\nRUN pip install "requests~=2.32" "git+https://github.com/org/lib@v1.2.0"\n',
      'FROM python:3.12\nRUN pip install -c constraints.txt flask\n',
      'FROM python:3.12\nRUN pip install --index-url https://pypi.example.com/simple flask==3.0.3\n',
      'FROM python:3.12\nRUN pip uninstall -y flask\n',
    ],
    invalid: [
      {
        code: 'FROM python:3.12\nRUN pip install flask\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 22 }],
      },
      {
        code: 'FROM python:3.12\nRUN python3 -m pip install --upgrade pip setuptools==75.1.0\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 60 }],
      },
      {
        code: 'FROM python:3.12\nRUN pip3.12 install "django>=5"\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 32 }],
      },
      {
        code: 'FROM python:3.12\nRUN pip install git+https://github.com/org/lib\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 47 }],
      },
    ],
  },
);
