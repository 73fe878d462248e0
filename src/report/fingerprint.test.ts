import { describe, expect, it } from 'vitest';
import { findingFingerprints } from './fingerprint.js';

describe('findingFingerprints', () => {
  const f = { ruleId: 'DF001', target: 'app/Dockerfile', message: 'runs as root' };

  it('is a sha256 of what a finding is, with an occurrence counter', () => {
    const [a, b, c] = findingFingerprints([f, { ...f, message: 'runs  as\nroot' }, { ...f, target: 'b/Dockerfile' }]);
    // sha256 of 'DF001\0app/Dockerfile\0runs as root\0' (no evidence)
    expect(a).toBe('4afc5805ded32ec82b2e63f27ef79829e8ae3107aa8207dd6413bbc69fbadcb9:1');
    // whitespace runs do not count; the occurrence does
    expect(b).toBe('4afc5805ded32ec82b2e63f27ef79829e8ae3107aa8207dd6413bbc69fbadcb9:2');
    expect(c).toMatch(/^[0-9a-f]{64}:1$/);
    expect(c).not.toBe('4afc5805ded32ec82b2e63f27ef79829e8ae3107aa8207dd6413bbc69fbadcb9:1');
  });

  it('ignores positions', () => {
    const loc = (line: number) => ({ uri: 'x', startLine: line, startColumn: 1, endLine: line, endColumn: 2 });
    expect(findingFingerprints([{ ...f, location: loc(3) } as typeof f])).toEqual(
      findingFingerprints([{ ...f, location: loc(30) } as typeof f]),
    );
  });
});
