import { testImageRule } from '../testing.js';
import rule from './rule.js';

testImageRule(rule, {
  valid: [
    {
      name: 'a CMD-SHELL health check',
      image: {
        config: { Healthcheck: { Test: ['CMD-SHELL', 'wget -q -O- http://localhost:8080/healthz || exit 1'] } },
      },
    },
    {
      name: 'a CMD health check with options',
      image: { config: { Healthcheck: { Test: ['CMD', '/app/health'], Interval: 30e9 } } },
    },
  ],
  invalid: [
    {
      name: 'no Healthcheck',
      image: { config: {} },
      errors: [{ messageId: 'noHealthcheck', path: 'config.Healthcheck' }],
    },
    {
      name: 'a Healthcheck without a test',
      image: { config: { Healthcheck: { Interval: 30e9 } } },
      errors: [{ messageId: 'noHealthcheck', path: 'config.Healthcheck' }],
    },
    {
      name: 'HEALTHCHECK NONE',
      image: { config: { Healthcheck: { Test: ['NONE'] } } },
      errors: [{ messageId: 'disabled', path: 'config.Healthcheck' }],
    },
  ],
});
