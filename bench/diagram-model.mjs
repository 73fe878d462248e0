// The generated threat models of the benchmarks (bench/threat-model.mjs, bench/diagram.mjs), apart from them so that
// tests can build one without dist/. The diagram uses zones of ~50 components, so that a 1,000-element model has
// nested clusters; threat generation zones of ~100.
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

/** A threat model of `n` elements: half components, half flows, in zones of ~`perZone` components nested up to two deep. */
export function generateModel(n, perZone = 50) {
  const nComponents = Math.floor(n / 2);
  const nBoundaries = Math.max(2, Math.floor(nComponents / perZone));
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
