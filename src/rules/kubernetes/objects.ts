// Helpers shared by the Kubernetes object rules: plain-data access, namespaces, label selectors and the set of
// objects a rule judges a namespace against.
import type { SourceNode } from '../../core/location.js';
import { type K8sObject, type KubernetesDoc, podSpecOf } from '../../sources/kubernetes/parse.js';
import type { YamlPath } from '../../sources/yaml/index.js';
import type { RuleContext } from '../rule.js';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStr = (v: unknown): v is string => typeof v === 'string';

/** The value at a path of plain data, or undefined. */
export function valueAt(root: unknown, path: YamlPath): unknown {
  let v = root;
  for (const step of path) {
    if (Array.isArray(v) && typeof step === 'number') v = v[step];
    else if (isObj(v)) v = v[step as string];
    else return undefined;
  }
  return v;
}

/** A string map (labels, annotations, a Service selector); non-string values are left out. */
export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObj(v)) for (const [k, s] of Object.entries(v)) if (typeof s === 'string') out[k] = s;
  return out;
}

export function labelsOf(o: K8sObject): Record<string, string> {
  return stringMap(valueAt(o.value, ['metadata', 'labels']));
}

/** `rbac.authorization.k8s.io/v1` → `rbac.authorization.k8s.io`; `v1` → `` (the core group). */
export function apiGroupOf(o: K8sObject): string {
  const slash = o.apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : o.apiVersion.slice(0, slash);
}

/**
 * Kubernetes' own RBAC defaults (`kubernetes.io/bootstrapping: rbac-defaults`): the API server creates and reconciles
 * them, so they are not the user's to change, and a live audit would otherwise report `cluster-admin` and
 * `system:*` roles on every cluster.
 */
export function isBootstrapDefault(o: K8sObject): boolean {
  return labelsOf(o)['kubernetes.io/bootstrapping'] === 'rbac-defaults';
}

/**
 * An object's namespace as the API server will see it. A manifest without `metadata.namespace` lands in the namespace
 * of whoever applies it (`default` unless the kubectl context or `-n` says otherwise); such objects are grouped
 * together as one unnamed namespace, never matched against a named one.
 */
export function namespaceKey(o: K8sObject): string {
  return o.namespace ?? '';
}

/**
 * How messages name an object: `Secret/db (namespace shop)`. The slash keeps names out of the redactor's way: it
 * masks what follows words such as "secret" or "token", and `Secret db-password carries` would print masked.
 */
export function ref(o: K8sObject): string {
  return `${o.kind}/${o.name}${o.namespace ? ` (namespace ${o.namespace})` : ''}`;
}

/**
 * The objects a rule judges a namespace against: every manifest of the same audit run when the run gave several
 * (a directory, several paths, a `kubectl get` stream), else the file's own objects.
 */
export function clusterObjects(doc: KubernetesDoc): readonly K8sObject[] {
  return doc.cluster ?? doc.objects;
}

/**
 * Whether a rule has something to judge. When the input holds none of the objects it looks at (`found` is false or
 * 0), the check is `skipped` with `no <what> in this input`: a pass there would be counted by `stridebench check` as
 * evidence that a control holds, when nothing was looked at.
 */
export function applies(ctx: Pick<RuleContext<string>, 'skip'>, found: boolean | number, what: string): boolean {
  if (found) return true;
  ctx.skip(`no ${what} in this input`);
  return false;
}

/** The labels the pods of a workload get, and the node to report at. */
export interface PodTemplate {
  object: K8sObject;
  labels: Record<string, string>;
  /** The pod template's `metadata.labels` (or `metadata`, or the template) node. */
  labelsNode: SourceNode;
  /** Pods on the host network share the node's network namespace: NetworkPolicy does not apply to them. */
  hostNetwork: boolean;
}

export function podTemplateOf(o: K8sObject): PodTemplate | undefined {
  const pod = podSpecOf(o);
  if (!pod) return undefined;
  const meta: YamlPath = [...pod.path.slice(0, -1), 'metadata'];
  return {
    object: o,
    labels: stringMap(valueAt(o.value, [...meta, 'labels'])),
    labelsNode: o.at([...meta, 'labels'], 'key'),
    hostNetwork: pod.spec.hostNetwork === true,
  };
}

interface Requirement {
  key: string;
  operator: string;
  values: string[];
}

/** A `LabelSelector` (`matchLabels` and `matchExpressions`); an empty one selects everything. */
export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: Requirement[];
}

export function labelSelector(v: unknown): LabelSelector {
  const expressions = Array.isArray(valueAt(v, ['matchExpressions']))
    ? (valueAt(v, ['matchExpressions']) as unknown[])
    : [];
  return {
    matchLabels: stringMap(valueAt(v, ['matchLabels'])),
    matchExpressions: expressions.filter(isObj).map((e) => ({
      key: isStr(e.key) ? e.key : '',
      operator: isStr(e.operator) ? e.operator : '',
      values: Array.isArray(e.values) ? e.values.filter(isStr) : [],
    })),
  };
}

export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels)) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions) {
    const has = Object.hasOwn(labels, e.key);
    const value = labels[e.key];
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(value as string)) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(value as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        // An unknown operator is rejected by the API server; it selects nothing.
        return false;
    }
  }
  return true;
}
