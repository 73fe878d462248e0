import { describe, expect, it } from 'vitest';
import { snapshot, testEngineRule } from '../testing.js';
import rule from './rule.js';
import { compare, judgeVersion } from './versions.js';

const E = 'unix:///var/run/docker.sock';
const engine = (Version: string, runc = '1.2.5') => ({
  Version,
  ApiVersion: '1.47',
  Components: [
    { Name: 'Engine', Version },
    { Name: 'runc', Version: runc },
  ],
});
testEngineRule(rule, {
  valid: [
    {
      name: 'current upstream releases',
      snapshot: snapshot({ version: engine('28.2.2'), client: { cliVersion: '28.2.2' } }),
    },
    { name: 'a fixed 26.1 release', snapshot: snapshot({ version: engine('26.1.5', '1.1.12') }) },
    { name: 'a Debian build', snapshot: snapshot({ version: engine('20.10.24+dfsg1', '1.1.5+ds1') }), manual: true },
    {
      name: 'a Debian engine with a current CLI: still to be judged by a person',
      snapshot: snapshot({ version: engine('20.10.24+dfsg1', '1.1.5+ds1'), client: { cliVersion: '28.2.2' } }),
      manual: true,
    },
    { name: 'no version reported', snapshot: snapshot({ version: {} }), skipped: true },
  ],
  invalid: [
    {
      name: 'an upstream 20.10 engine and an old runc',
      snapshot: snapshot({ version: engine('20.10.27', '1.1.9') }),
      errors: [
        { messageId: 'unsupported', at: `daemon ${E} Version` },
        { messageId: 'outdated', at: `daemon ${E} Components.runc` },
      ],
    },
    {
      name: 'a 27.1.0 engine',
      snapshot: snapshot({ version: engine('27.1.0') }),
      errors: [{ messageId: 'outdated', at: `daemon ${E} Version` }],
    },
    {
      name: 'an old CLI',
      snapshot: snapshot({ version: engine('28.0.1'), client: { cliVersion: '20.10.7' } }),
      errors: [{ messageId: 'outdated', at: 'host docker CLI version' }],
    },
  ],
});

describe('the table of known fixes', () => {
  it('compares release numbers, not strings', () => {
    expect(compare('1.1.12', '1.1.9')).toBeGreaterThan(0);
    expect(compare('28.0.0-rc.1', '28.0.0')).toBeLessThan(0);
  });
  it('names the next fixed line for a line without a fix', () => {
    expect(judgeVersion('engine', '24.0.9')).toMatchObject({ state: 'unsupported', minimum: '25.0.6' });
    expect(judgeVersion('engine', '26.0.2')).toMatchObject({ state: 'unsupported', minimum: '26.1.5' });
    // 23.0.15 fixes CVE-2024-41110, but the 23.0 line never got the fix for CVE-2024-24557.
    expect(judgeVersion('engine', '23.0.15')).toMatchObject({
      state: 'unsupported',
      fix: expect.stringContaining('24557'),
    });
    expect(judgeVersion('engine', '25.0.6')).toMatchObject({ state: 'current' });
  });
});
