import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Location } from '../core/location.js';
import { loadModelFile } from '../model/load.js';
import { type Claim, checkClaims, mayCarryHttp } from './claims.js';
import { gatherEvidence } from './evidence.js';

// The fixture model claims of `web` everything its compose service and Dockerfile deny, and the same of `api`, whose
// service bears it out; a DaemonSet mounts the node's root into namespace `agents`, an Ingress serves plain HTTP.
const root = join(import.meta.dirname, '..', '..');
const dir = 'src/link/fixtures/claims';
let claims: Claim[];

beforeAll(async () => {
  const { model, diagnostics } = await loadModelFile(dir, { cwd: root, today: '2026-01-01' });
  expect(diagnostics).toEqual([]);
  if (!model) throw new Error(`${dir} did not load`);
  const evidence = await gatherEvidence(model, root);
  expect(evidence.diagnostics).toEqual([]);
  claims = checkClaims(model, evidence);
});

const claimOf = (element: string, claim: string) => {
  const c = claims.find((x) => x.element.id === element && x.claim === claim);
  if (!c)
    throw new Error(`no claim "${claim}" on ${element}: ${claims.map((x) => `${x.element.id} ${x.claim}`).join('; ')}`);
  return c;
};
const line = (l: Location | undefined) =>
  l ? [l.uri, l.startLine, readFileSync(join(root, l.uri), 'utf8').split('\n')[l.startLine - 1]?.trim()] : undefined;
const failing = (c: Claim) =>
  c.evidence.filter((e) => e.state === 'fail').map((e) => [e.ruleId, ...(line(e.location) ?? [])]);

const model = `${dir}/threatmodel.yaml`;
const compose = `${dir}/compose.yaml`;

describe('claims contradicted by the artifacts', () => {
  // [element, claim, the model's line, the artifact lines that contradict it]
  it.each([
    [
      'web',
      'runsAsRoot: false',
      [model, 26, 'runsAsRoot: false'],
      [
        ['DF001', `${dir}/Dockerfile`, 1, 'FROM docker.io/library/nginx:1.27'],
        ['RT003', compose, 2, 'web:'],
      ],
    ],
    ['web', 'privileged: false', [model, 27, 'privileged: false'], [['RT001', compose, 5, 'privileged: true']]],
    ['web', 'memoryLimit: true', [model, 28, 'memoryLimit: true'], [['RT027', compose, 2, 'web:']]],
    [
      'web',
      'readOnlyRootFilesystem: true',
      [model, 29, 'readOnlyRootFilesystem: true'],
      [['RT032', compose, 2, 'web:']],
    ],
    ['web', 'dropsAllCapabilities: true', [model, 30, 'dropsAllCapabilities: true'], [['RT008', compose, 2, 'web:']]],
    [
      'web',
      'mountsDockerSocket: false',
      [model, 31, 'mountsDockerSocket: false'],
      [['RT021', compose, 9, '- /var/run/docker.sock:/var/run/docker.sock']],
    ],
    // an encrypted flow to a service that publishes plain HTTP, and to one behind an Ingress without TLS
    ['client-web', 'encrypted (https)', [model, 76, '- id: client-web'], [['CO001', compose, 7, '- "8080:8080"']]],
    [
      'client-portal',
      'encrypted (https)',
      [model, 86, '- id: client-portal'],
      [['KS017', `${dir}/k8s.yaml`, 52, 'rules:']],
    ],
    // boundaries dissolved: the engine socket and privilege for a container, the node's root for a namespace
    [
      'web-container',
      'container boundary isolates web',
      [model, 7, '- id: web-container'],
      [
        ['RT021', compose, 9, '- /var/run/docker.sock:/var/run/docker.sock'],
        ['RT001', compose, 5, 'privileged: true'],
      ],
    ],
    [
      'ns-agents',
      'namespace boundary isolates agent, portal',
      [model, 13, '- id: ns-agents'],
      [['RT020', `${dir}/k8s.yaml`, 24, 'path: /']],
    ],
  ] as const)('%s "%s"', (element, text, modelLine, artifactLines) => {
    const c = claimOf(element, text);
    expect(c.state).toBe('contradicted');
    expect(line(c.location)).toEqual(modelLine);
    expect(failing(c)).toEqual(artifactLines);
  });
});

describe('claims the artifacts confirm, and claims they cannot judge', () => {
  it('names the component inside a boundary whose artifact dissolves it', () => {
    const ns = claimOf('ns-agents', 'namespace boundary isolates agent, portal');
    expect(ns.evidence.filter((e) => e.state === 'fail').map((e) => e.component)).toEqual(['agent']);
    expect(new Set(ns.evidence.map((e) => e.component))).toEqual(new Set(['agent', 'portal']));
  });

  it('confirms every claim of the hardened service, with the rules that passed', () => {
    const api = claims.filter((c) => c.element.id === 'api');
    expect(api.map((c) => [c.claim, c.state])).toEqual([
      ['runsAsRoot: false', 'confirmed'],
      ['privileged: false', 'confirmed'],
      ['memoryLimit: true', 'confirmed'],
      ['readOnlyRootFilesystem: true', 'confirmed'],
      ['dropsAllCapabilities: true', 'confirmed'],
      ['mountsDockerSocket: false', 'confirmed'],
    ]);
    expect(claimOf('api', 'dropsAllCapabilities: true').evidence).toEqual([
      { ruleId: 'RT008', state: 'pass', component: 'api', target: compose },
    ]);
    expect(line(claimOf('api', 'memoryLimit: true').location)).toEqual([model, 44, 'memoryLimit: true']);
    // the API publishes 8443, so TLS terminates in the project: its flow is confirmed encrypted
    expect(claimOf('client-api', 'encrypted (https)').state).toBe('confirmed');
    expect(claimOf('api-container', 'container boundary isolates api').state).toBe('confirmed');
    expect(claimOf('agent', 'privileged: false').state).toBe('confirmed');
  });

  it('leaves an encrypted database connection unverified: the plaintext rules only look at HTTP', () => {
    expect(claimOf('api-db', 'encrypted (postgres)')).toMatchObject({ state: 'unverified', evidence: [] });
  });

  it('takes a flow for web traffic by its protocol, or by a web port when the protocol says nothing', () => {
    expect(mayCarryHttp({ protocol: 'https', port: 8443 })).toBe(true);
    expect(mayCarryHttp({ protocol: 'HTTP' })).toBe(true);
    expect(mayCarryHttp({ protocol: 'tcp', port: 443 })).toBe(true);
    expect(mayCarryHttp({})).toBe(true);
    expect(mayCarryHttp({ protocol: 'tcp', port: 5432 })).toBe(false);
    expect(mayCarryHttp({ protocol: 'postgres', port: 5432 })).toBe(false);
    expect(mayCarryHttp({ protocol: 'etcd-tls' })).toBe(false);
    expect(mayCarryHttp({ protocol: 'syslog-udp', port: 514 })).toBe(false);
  });
});
