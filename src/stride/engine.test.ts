import { describe, expect, it } from 'vitest';
import { loadModel } from '../model/load.js';
import { generateThreats } from './engine.js';
import { matchesComponent, matchesFlow } from './predicate.js';
import { defineThreatRule, type ThreatRule } from './rule.js';

const { model } = loadModel(
  `version: 1
system: { name: Engine test }
boundaries:
  - { id: internet, name: Internet, kind: internet }
  - { id: dc, name: Data centre, kind: network }
assets:
  - { id: cards, name: Card numbers, classification: payment }
components:
  - { id: user, name: User, kind: actor, boundary: internet }
  - { id: web, name: Web, kind: process, tech: nginx, boundary: dc, properties: { capabilitiesAdded: [net_admin] } }
  - { id: db, name: DB, kind: datastore, tech: postgres, boundary: dc, data: [cards] }
flows:
  - { from: user, to: web, protocol: https, port: 443 }
  - { from: web, to: db, protocol: postgres, port: 5432, data: [cards] }
mitigations:
  - { id: prepared, title: Prepared statements everywhere, threats: [T-TST-002] }
decisions:
  - { threat: T-TST-001@web, status: accepted, justification: reviewed, owner: alice, expires: 2030-01-01 }
  - { threat: T-TST-001@db, status: accepted, justification: reviewed, expires: 2020-01-01 }
  - { threat: T-TST-404@web, status: not-applicable, justification: gone }
`,
  'engine.yaml',
  { today: '2026-01-01' },
);
if (!model) throw new Error('engine test model does not load');
const ctx = { components: model.components };
const byId = (id: string) => model.components.find((c) => c.id === id) ?? model.flows.find((f) => f.id === id);

const base = {
  title: '{{name}} test',
  description: 'on {{name}}',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:tls'],
  cwe: [1],
  capec: [],
} as const;

describe('predicates', () => {
  it('match tech families, data, flows, properties and the model', () => {
    const web = model.components[1];
    const db = model.components[2];
    if (!web || !db) throw new Error('missing');
    expect(matchesComponent({ tech: 'web-server' }, web, ctx)).toBe(true);
    expect(matchesComponent({ tech: 'sql-database' }, web, ctx)).toBe(false);
    expect(matchesComponent({ handles: 'payment' }, web, ctx)).toBe(true);
    expect(matchesComponent({ stores: 'payment' }, web, ctx)).toBe(false);
    expect(matchesComponent({ stores: 'payment' }, db, ctx)).toBe(true);
    expect(matchesComponent({ internetFacing: true }, web, ctx)).toBe(true);
    expect(matchesComponent({ property: 'capabilitiesAdded', includes: 'NET_ADMIN' }, web, ctx)).toBe(true);
    expect(matchesComponent({ property: 'capabilitiesAdded', includes: ['SYS_ADMIN'] }, web, ctx)).toBe(false);
    expect(matchesComponent({ outbound: { target: { tech: 'sql-database' } } }, web, ctx)).toBe(true);
    expect(matchesComponent({ not: { modelHas: { tech: 'kubelet' } } }, web, ctx)).toBe(true);
    expect(matchesComponent({ all: [{ kind: 'process' }, { inBoundary: 'network' }] }, web, ctx)).toBe(true);
    const sql = model.flows[1];
    if (!sql) throw new Error('missing');
    expect(matchesFlow({ all: [{ encrypted: false }, { carries: 'payment' }, { port: [5432] }] }, sql, ctx)).toBe(true);
    expect(matchesFlow({ authenticated: true }, sql, ctx)).toBe(false);
    expect(matchesFlow({ crossesBoundary: true }, sql, ctx)).toBe(false);
  });
});

describe('generateThreats', () => {
  const onComponents = defineThreatRule({
    ...base,
    id: 'T-TST-001',
    name: 'test-components',
    category: 'tampering',
    target: 'component',
    appliesTo: { kind: ['process', 'datastore'] },
  });
  const onFlows = defineThreatRule({
    ...base,
    id: 'T-TST-002',
    name: 'test-flows',
    category: 'spoofing',
    target: 'flow',
    appliesTo: { encrypted: false },
  });

  it('fills templates, orders by element, and applies decisions and declared mitigations', () => {
    const { threats, diagnostics } = generateThreats(model, [onFlows, onComponents], { today: '2026-01-01' });
    expect(threats.map((t) => [t.id, t.title, t.severity, t.status, t.statusSource])).toEqual([
      ['T-TST-001@web', 'Web test', 'high', 'accepted', 'decision'],
      ['T-TST-001@db', 'DB test', 'high', 'open', 'default'],
      ['T-TST-002@web-db-5432', 'Web to DB test', 'high', 'mitigated', 'model-mitigation'],
    ]);
    expect(threats[1]?.decision).toMatchObject({ status: 'accepted', expired: true });
    expect(threats[0]?.location).toMatchObject({ uri: 'engine.yaml', startLine: 10 });
    expect(diagnostics.map((d) => [d.code, d.severity, d.location?.startLine])).toEqual([
      ['unknown-threat', 'warning', 20],
    ]);
  });

  it('records a rule that throws as a rule-error, never as "no threat"', () => {
    const broken = { ...onComponents, id: 'T-TST-003', appliesTo: { bogus: true } } as unknown as ThreatRule;
    const badTemplate = { ...onComponents, id: 'T-TST-004', title: '{{nope}}' } as ThreatRule;
    const { threats, diagnostics } = generateThreats(model, [broken, badTemplate]);
    expect(threats).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'rule-error').map((d) => d.message.split(':')[0])).toEqual([
      'threat rule T-TST-003 failed on user',
      'threat rule T-TST-003 failed on web',
      'threat rule T-TST-003 failed on db',
      'threat rule T-TST-004 failed on web',
      'threat rule T-TST-004 failed on db',
    ]);
    expect(diagnostics.every((d) => d.severity === 'error' || d.code === 'unknown-threat')).toBe(true);
  });

  it('is deterministic and independent of rule order', () => {
    const a = JSON.stringify(generateThreats(model, [onComponents, onFlows]).threats);
    const b = JSON.stringify(generateThreats(model, [onFlows, onComponents]).threats);
    expect(a).toBe(b);
  });
});
