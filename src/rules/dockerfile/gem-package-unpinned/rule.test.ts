import { dockerfileSuppressions, parseDockerfile } from '../../../sources/dockerfile/index.js';
import { testRule } from '../../testing.js';
import rule from './rule.js';

testRule(
  rule,
  { parse: parseDockerfile, suppressions: dockerfileSuppressions },
  {
    valid: [
      'FROM ruby:3.3\nRUN gem install bundler:2.5.22\n',
      'FROM ruby:3.3\nRUN gem install bundler -v 2.5.22\n',
      'FROM ruby:3.3\nRUN gem install --version=2.5.22 bundler\n',
      'FROM ruby:3.3\nRUN gem install ./vendor/app-1.0.gem\n',
      'FROM ruby:3.3\nRUN gem update --system 3.5.22\n',
    ],
    invalid: [
      {
        code: 'FROM ruby:3.3\nRUN gem install bundler\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 24 }],
      },
      {
        code: 'FROM ruby:3.3\nRUN gem i --no-document rails rake:13.2.1\n',
        errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 42 }],
      },
    ],
  },
);
