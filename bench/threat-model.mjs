// Threat generation at scale: a generated 10,000-element model (components + flows), loaded and analysed by the
// built library. Run in its own process so that peak RSS (VmHWM) is this workload's alone.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { analyzeModel, loadModel } from '../dist/index.js';

const elements = Number(process.argv[2] ?? 10_000);
const techs = [
  'nginx',
  'web-application',
  'postgres',
  'redis',
  'syslog',
  'haproxy',
  'api-service',
  'mongodb',
  'rabbitmq',
  'container',
  'docker-daemon',
  'pod',
  'kubelet',
  'braintree',
];
const kinds = {
  postgres: 'datastore',
  redis: 'datastore',
  mongodb: 'datastore',
  syslog: 'datastore',
  braintree: 'external',
};
const protocols = ['https', 'http', 'postgres', 'tcp', 'grpc', 'syslog', 'tls'];

function generate(n) {
  const nComponents = Math.floor(n / 2);
  const nBoundaries = Math.max(2, Math.floor(nComponents / 100));
  const boundaries = [{ id: 'internet', name: 'Internet', kind: 'internet' }];
  for (let b = 0; b < nBoundaries; b++) {
    boundaries.push({
      id: `zone-${b}`,
      name: `Zone ${b}`,
      kind: b % 3 === 0 ? 'dmz' : 'network',
      ...(b > 0 && b % 4 !== 0 ? { parent: `zone-${b - (b % 4)}` } : {}),
    });
  }
  const assets = [
    { id: 'cards', name: 'Card numbers', classification: 'payment' },
    { id: 'users', name: 'User records', classification: 'pii' },
    { id: 'creds', name: 'Credentials', classification: 'credentials' },
    { id: 'pages', name: 'Pages', classification: 'public' },
  ];
  const components = [{ id: 'user', name: 'Users', kind: 'actor', boundary: 'internet' }];
  for (let i = 1; i < nComponents; i++) {
    const tech = techs[i % techs.length];
    components.push({
      id: `c${i}`,
      name: `${tech} ${i}`,
      kind: kinds[tech] ?? 'process',
      tech,
      boundary: `zone-${i % nBoundaries}`,
      ...(i % 7 === 0 ? { data: ['users'] } : {}),
      ...(i % 11 === 0 ? { properties: { adminInterface: true } } : {}),
    });
  }
  const flows = [];
  for (let j = 0; flows.length < n - nComponents; j++) {
    const from = j % 50 === 0 ? 'user' : `c${1 + (j % (nComponents - 1))}`;
    const to = `c${1 + ((j * 7 + 3) % (nComponents - 1))}`;
    if (from === to) continue;
    flows.push({
      id: `f${j}`,
      from,
      to,
      protocol: protocols[j % protocols.length],
      port: 1000 + (j % 50000),
      ...(j % 5 === 0 ? { data: [assets[j % assets.length].id] } : {}),
    });
  }
  return { version: 1, system: { name: `Generated ${n}-element model` }, boundaries, assets, components, flows };
}

const text = stringify(generate(elements), { lineWidth: 0 });
const t0 = performance.now();
const { model, diagnostics } = loadModel(text, 'generated.yaml', { today: '2026-01-01' });
const t1 = performance.now();
if (!model) {
  console.error(diagnostics.slice(0, 5));
  process.exit(2);
}
const report = analyzeModel(model, { today: '2026-01-01' });
const t2 = performance.now();
const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const nElements = model.components.length + model.flows.length;
console.log(
  JSON.stringify({
    elements: nElements,
    yamlBytes: text.length,
    loadMs: Math.round(t1 - t0),
    threatsMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    threats: report.threats.length,
    threatsPerElement: Number((report.threats.length / nElements).toFixed(2)),
    peakRssMb: Math.round(hwm),
  }),
);
