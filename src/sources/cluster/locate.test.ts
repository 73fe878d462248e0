import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding.js';
import type { SourceNode } from '../../core/location.js';
import { parseKubernetes } from '../kubernetes/parse.js';
import { pairAt, parseYamlFile } from '../yaml/index.js';
import { formatPath, SnapshotLocator } from './locate.js';
import type { LiveObject } from './read.js';
import { renderSnapshot } from './render.js';

const objects: LiveObject[] = [
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'ops', annotations: { 'stridebench.io/ignore': 'KS001=reviewed' } },
    rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }],
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'debug', namespace: 'kube-system' },
    spec: {
      hostPID: true,
      containers: [{ name: 'sh', image: 'busybox:1.36', securityContext: { privileged: true } }],
    },
  },
];

const rendered = renderSnapshot({ context: 'prod', objects });
const doc = parseKubernetes(rendered.text, rendered.uri);
const locator = new SnapshotLocator(rendered);
const [role, pod] = doc.objects;
// The same text as the manifest parser's YAML documents, for pairAt.
const yamlDocs = parseYamlFile(rendered.text, rendered.uri).documents;
const locate = (node: SourceNode) => locator.locate(node.file.location(node.range));

describe('renderSnapshot', () => {
  it('renders one document per object, under the context uri, with logical names', () => {
    expect(rendered.uri).toBe('kube:prod');
    expect(rendered.names).toEqual(['prod/ClusterRole/ops', 'prod/kube-system/Pod/debug']);
    expect(doc.objects.map((o) => `${o.kind} ${o.name}`)).toEqual(['ClusterRole ops', 'Pod debug']);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('SnapshotLocator', () => {
  const c = ['spec', 'containers', 0] as const;

  it('gives the field path of a key and of its value', () => {
    const path = 'spec.containers[0].securityContext.privileged';
    expect(locate(pod!.at([...c, 'securityContext', 'privileged'], 'key'))).toEqual({
      kind: 'resource',
      name: 'prod/kube-system/Pod/debug',
      path,
    });
    expect(locate(pod!.at([...c, 'securityContext', 'privileged']))?.path).toBe(path);
  });

  it('gives a node reported as a whole its own path, not its first key', () => {
    expect(locate(pod!.at([...c]))?.path).toBe('spec.containers[0]');
    // a map with a single key spans exactly as its only pair does
    expect(locate(pod!.at([...c, 'securityContext']))?.path).toBe('spec.containers[0].securityContext');
  });

  it('gives a whole key/value pair the key path', () => {
    expect(locate(pairAt(yamlDocs[1]!, ['spec', 'hostPID']))?.path).toBe('spec.hostPID');
    expect(locate(pairAt(yamlDocs[1]!, [...c, 'securityContext']))?.path).toBe('spec.containers[0].securityContext');
  });

  it('reports a missing setting at the nearest parent, as rules do', () => {
    expect(locate(pod!.at([...c, 'resources', 'limits', 'memory']))?.path).toBe('spec.containers[0]');
  });

  it('gives the object itself no path, and quotes keys that are not plain names', () => {
    expect(locate(role!.node)).toEqual({ kind: 'resource', name: 'prod/ClusterRole/ops' });
    expect(locate(role!.at(['metadata', 'annotations', 'stridebench.io/ignore'], 'key'))?.path).toBe(
      'metadata.annotations["stridebench.io/ignore"]',
    );
    expect(locate(role!.at(['rules', 0, 'verbs', 0]))?.path).toBe('rules[0].verbs[0]');
  });

  it('leaves locations in other files alone', () => {
    expect(
      locator.locate({ uri: 'Dockerfile', startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 }),
    ).toBeUndefined();
  });

  it('replaces a finding location in place and drops the position of its suppression', () => {
    const node = pod!.at([...c, 'securityContext', 'privileged'], 'key');
    const finding: Finding = {
      ruleId: 'RT001',
      severity: 'critical',
      message: 'privileged',
      target: 'kube:prod',
      location: node.file.location(node.range),
      suppressed: { reason: 'node debugging', location: node.file.location(node.range) },
    };
    const live = locator.finding(finding);
    expect(Object.keys(live)).toEqual(['ruleId', 'severity', 'message', 'target', 'logicalLocation', 'suppressed']);
    expect(live.suppressed).toEqual({ reason: 'node debugging' });
    expect(live.location).toBeUndefined();
  });

  it('names the object in a diagnostic instead of a virtual position', () => {
    const node = pod!.at(['spec', 'hostPID'], 'key');
    expect(
      locator.diagnostic({
        code: 'invalid-value',
        severity: 'warning',
        message: 'odd',
        location: node.file.location(node.range),
      }),
    ).toEqual({ code: 'invalid-value', severity: 'warning', message: 'prod/kube-system/Pod/debug spec.hostPID: odd' });
  });
});

describe('formatPath', () => {
  it('writes plain keys with dots, indexes in brackets and other keys quoted', () => {
    expect(formatPath(['spec', 'template', 'spec', 'containers', 2, 'ports', 0, 'hostPort'])).toBe(
      'spec.template.spec.containers[2].ports[0].hostPort',
    );
    expect(formatPath(['data', 'app.properties'])).toBe('data["app.properties"]');
    expect(formatPath([0, 'kind'])).toBe('[0].kind');
    expect(formatPath([])).toBe('');
  });
});
