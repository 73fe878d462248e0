// Messages pass through the redactor, which masks what follows words such as "token" or "password"; a template
// that trips it would print `ru****(8 chars)` instead of its own words.
import { describe, expect, it } from 'vitest';
import { redact } from '../../core/redact.js';
import { KUBERNETES_RULES } from './index.js';

describe('Kubernetes rule messages', () => {
  for (const rule of KUBERNETES_RULES) {
    it(`${rule.id} messages survive redaction`, () => {
      for (const template of Object.values<string>(rule.messages)) {
        const text = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => `<${key}>`);
        expect(redact(text)).toBe(text);
      }
    });
  }
});
