import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StrideCategory } from '../src/core/stride.js';
import { loadModelFile } from '../src/model/load.js';
import type { ResolvedModel } from '../src/model/model.js';
import { type Attacker, selectAttackers } from '../src/stride/attackers/select.js';
import { generateThreats, type ThreatResult } from '../src/stride/engine.js';
import { THREAT_RULES } from '../src/stride/rules/index.js';

// The seed's "Simple Infrastructure Threat Model" walks through STRIDE with one example per category. Each must come
// out of a rule, on the element the text is about.
const SEED_THREATS: readonly [phrase: string, ruleId: string, elementId: string, category: StrideCategory][] = [
  [
    'Traffic is allowed on port 80 (HTTP) is unencrypted. This may allow an attacker to intercept communication between client and server, leading to spoofing of the traffic.',
    'T-WEB-001',
    'users-lb-80',
    'spoofing',
  ],
  [
    'the application uses a SQL database, which may allow an attacker to pass URL parameters with a SQL injection, leading to tampering by querying data from the SQL database.',
    'T-WEB-005',
    'db',
    'tampering',
  ],
  [
    'If the webserver traffic is spoofed, an attacker could gain control of a user session. This could lead to repudiation for user actions on the application and fraudulent transactions.',
    'T-WEB-009',
    'users-lb-80',
    'repudiation',
  ],
  [
    'the integration may involve log generation and storage that, if miss-configured, may lead to information disclosure of the credit card number.',
    'T-WEB-012',
    'syslog',
    'information-disclosure',
  ],
  [
    'Lack of purpose-built rate-limiting or denial of service protection could result in exhausting resources needed to provide the service and lead to an outage.',
    'T-WEB-014',
    'lb',
    'denial-of-service',
  ],
  [
    "An attacker may attempt to abuse a regular user's login to escalate privilege to an administrative login such as admin or administrator.",
    'T-WEB-017',
    'app',
    'elevation-of-privilege',
  ],
];

// "Malicious attackers may be interested in either disrupting the application or financial gain by stealing user data
// or modifying pricing in their favor."
const SEED_ATTACKERS: readonly [profile: string, goal: RegExp][] = [
  ['hacktivist', /disrupt the application/],
  ['financial-criminal', /financial gain by stealing user data/],
  ['financial-criminal', /modify prices/],
];

describe('the seed webapp example', () => {
  let model: ResolvedModel;
  let result: ThreatResult;
  let attackers: Attacker[];

  beforeAll(async () => {
    const loaded = await loadModelFile(join(import.meta.dirname, '..', 'examples', 'webapp'));
    expect(loaded.diagnostics).toEqual([]);
    if (!loaded.model) throw new Error('examples/webapp did not load');
    model = loaded.model;
    result = generateThreats(model, THREAT_RULES, { today: '2026-01-01' });
    attackers = selectAttackers(model);
  });

  it('generates threats without error diagnostics', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.threats.length).toBeGreaterThan(0);
  });

  it.each(SEED_THREATS)('names "%s" as %s on %s', (_phrase, ruleId, elementId, category) => {
    const threat = result.threats.find((t) => t.id === `${ruleId}@${elementId}`);
    expect(threat, `${ruleId}@${elementId} in ${result.threats.map((t) => t.id).join(', ')}`).toBeDefined();
    expect(threat?.category).toBe(category);
    // The title names the concrete element: the component, or an end of the flow.
    const flow = model.flows.find((f) => f.id === elementId);
    const names = flow ? [flow.from.name, flow.to.name] : [threat?.element.name ?? ''];
    expect(
      names.some((n) => threat?.title.includes(n)),
      `${threat?.title} names one of ${names.join(', ')}`,
    ).toBe(true);
  });

  it('leaves the threats open: the model declares no decisions and no mitigations', () => {
    expect(result.threats.every((t) => t.status === 'open')).toBe(true);
  });

  it('infers the attackers the seed profiles, with their goals', () => {
    expect(model.attackers).toEqual([]);
    for (const [profile, goal] of SEED_ATTACKERS) {
      const attacker = attackers.find((a) => a.id === profile);
      expect(attacker, profile).toBeDefined();
      expect(attacker?.source).toBe('library');
      expect(
        attacker?.goals.some((g) => goal.test(g)),
        `${profile}: ${goal}`,
      ).toBe(true);
    }
  });

  it('does not flood: a few threats per element on average, none on the actor', () => {
    const elements = model.components.length + model.flows.length;
    expect(result.threats.length / elements).toBeLessThanOrEqual(6);
    expect(result.threats.filter((t) => t.element.id === 'users')).toEqual([]);
  });

  it('gives each rule at most one threat per element and covers every STRIDE category', () => {
    expect(new Set(result.threats.map((t) => t.id)).size).toBe(result.threats.length);
    expect(new Set(result.threats.map((t) => t.category)).size).toBe(6);
  });
});
