// The objects of the other manifests of a run that the audit of one manifest needs, as plain data that crosses
// threads. Manifests given together describe one cluster (KubernetesDoc.cluster), but only four rules look at the
// other files, and only at objects of a few kinds:
//   KS019 pod-without-networkpolicy  NetworkPolicies        KS020 networkpolicy-selects-no-pod  pod templates
//   KS028 workload-disruption-budget PodDisruptionBudgets   CP044 etcd-shared-ca                kube-apiserver flags
// So a run first scans its manifests for the texts that can hold those objects ("providers": NetworkPolicy,
// PodDisruptionBudget, client-ca-file), and every manifest is then audited once with the providers' objects; only
// the files that hold a NetworkPolicy (KS020 needs the pod templates of every file) wait for the end of the run.
// No file is parsed twice except the providers, and nothing holds the parsed documents of the whole run.
import { SourceFile, type SourceNode } from '../../core/location.js';
import { type K8sObject, podSpecOf } from '../../sources/kubernetes/parse.js';

/** A Kubernetes object without its YAML nodes: what another file's audit may read of it. */
export interface DetachedObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  value: Record<string, unknown>;
  annotations: Record<string, string>;
}

/** The objects one manifest contributes to the cluster, with the manifest's position in the run. */
export interface ClusterPart {
  index: number;
  target: string;
  objects: DetachedObject[];
}

/** Text that may hold an object another file's audit reads (see the file comment). */
export const PROVIDER_TEXT = /NetworkPolicy|PodDisruptionBudget|client-ca-file/;

export function detach(o: K8sObject): DetachedObject {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.name,
    ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
    value: o.value,
    annotations: o.annotations,
  };
}

/**
 * A workload reduced to what KS020 reads of other files' pods: its pod template's labels and whether it runs on
 * the host network, at the paths podSpecOf and podTemplateOf read them.
 */
export function podFacts(o: K8sObject): DetachedObject | undefined {
  const pod = podSpecOf(o);
  if (!pod) return undefined;
  const value: Record<string, unknown> = { apiVersion: o.apiVersion, kind: o.kind, metadata: {} };
  const labels = valueAt(o.value, [...pod.path.slice(0, -1), 'metadata', 'labels']);
  if (labels !== undefined) setAt(value, [...pod.path.slice(0, -1), 'metadata', 'labels'], labels);
  setAt(value, pod.path, pod.spec.hostNetwork === undefined ? {} : { hostNetwork: pod.spec.hostNetwork });
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: o.name,
    ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
    value,
    annotations: {},
  };
}

/**
 * The cluster one manifest sees: its own objects (with their nodes) at its place in the run, the other parts'
 * objects around them. Rules report only their own file's nodes; a detached object's node points at the start of
 * its file.
 */
export function assembleCluster(
  own: { index: number; objects: readonly K8sObject[] },
  parts: readonly ClusterPart[],
): K8sObject[] {
  const out: K8sObject[] = [];
  let placed = false;
  for (const part of parts) {
    if (part.index === own.index) continue;
    if (!placed && part.index > own.index) {
      out.push(...own.objects);
      placed = true;
    }
    for (const o of attached(part)) out.push(o);
  }
  if (!placed) out.push(...own.objects);
  return out;
}

/** A part's objects as K8sObjects, made once: every manifest of a run sees the same parts. */
const ATTACHED = new WeakMap<ClusterPart, K8sObject[]>();

function attached(part: ClusterPart): K8sObject[] {
  let objects = ATTACHED.get(part);
  if (!objects) {
    const node: SourceNode = { file: new SourceFile(part.target, ''), range: [0, 0] };
    objects = part.objects.map((d) => ({ ...d, at: () => node, node }));
    ATTACHED.set(part, objects);
  }
  return objects;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const step of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}

function setAt(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let v = root;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i] as string;
    const next = v[step];
    v[step] = typeof next === 'object' && next !== null ? next : {};
    v = v[step] as Record<string, unknown>;
  }
  v[path[path.length - 1] as string] = value;
}
