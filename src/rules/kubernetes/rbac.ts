// RBAC helpers shared by the KS rules on Roles, ClusterRoles and their bindings. Matching follows the API server's
// own authorizer (k8s.io/kubernetes pkg/apis/rbac/v1 evaluation helpers), so `*` and `*/subresource` mean what they
// mean on a cluster.
import type { SourceNode } from '../../core/location.js';
import type { K8sObject, KubernetesDoc } from '../../sources/kubernetes/parse.js';
import type { RuleContext } from '../rule.js';
import { apiGroupOf, applies, isBootstrapDefault, isObj, isStr, type Obj, ref } from './objects.js';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** One entry of a Role's or ClusterRole's `rules`. */
export interface PolicyRule {
  role: K8sObject;
  /** Index in `rules`. */
  index: number;
  apiGroups: readonly string[];
  resources: readonly string[];
  verbs: readonly string[];
  resourceNames: readonly string[];
  /** The node of `rules[index].<field>[j]`. */
  itemNode(field: 'apiGroups' | 'resources' | 'verbs', j: number): SourceNode;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isStr) : []);

function isRbac(o: K8sObject, ...kinds: string[]): boolean {
  return kinds.includes(o.kind) && apiGroupOf(o) === RBAC_GROUP && !isBootstrapDefault(o);
}

/**
 * Skips a rule when the input holds no object of `kinds` that it judges, and says so when the only ones are Kubernetes'
 * bootstrap defaults. Returns whether the rule applies.
 */
function appliesToRbac(ctx: Pick<RuleContext<string>, 'skip'>, doc: KubernetesDoc, kinds: [string, string]): boolean {
  const what = kinds.join(' or ');
  if (doc.objects.some((o) => isRbac(o, ...kinds))) return true;
  const bootstrap = doc.objects.some((o) => kinds.includes(o.kind) && apiGroupOf(o) === RBAC_GROUP);
  return applies(ctx, false, bootstrap ? `${what} other than Kubernetes' bootstrap defaults` : what);
}

/** For the rules on Roles and ClusterRoles: skips the rule when the input has none. */
export const appliesToRoles = (ctx: Pick<RuleContext<string>, 'skip'>, doc: KubernetesDoc): boolean =>
  appliesToRbac(ctx, doc, ['Role', 'ClusterRole']);

/** For the rules on RoleBindings and ClusterRoleBindings: skips the rule when the input has none. */
export const appliesToBindings = (ctx: Pick<RuleContext<string>, 'skip'>, doc: KubernetesDoc): boolean =>
  appliesToRbac(ctx, doc, ['RoleBinding', 'ClusterRoleBinding']);

/** The rules of every Role and ClusterRole, Kubernetes' own bootstrap roles left out. */
export function policyRules(doc: KubernetesDoc): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const role of doc.objects) {
    if (!isRbac(role, 'Role', 'ClusterRole') || !Array.isArray(role.value.rules)) continue;
    role.value.rules.forEach((r: unknown, index: number) => {
      if (!isObj(r)) return;
      out.push({
        role,
        index,
        apiGroups: strings(r.apiGroups),
        resources: strings(r.resources),
        verbs: strings(r.verbs),
        resourceNames: strings(r.resourceNames),
        itemNode: (field, j) => role.at(['rules', index, field, j]),
      });
    });
  }
  return out;
}

/** `Role/reader (namespace shop)`, `ClusterRole/ops` for messages. */
export function describe(o: K8sObject): string {
  return ref(o);
}

/** Does a rule's resource entry cover `resource` (`pods`, `nodes/proxy`)? `*` covers subresources too. */
function resourceCovers(ruleResource: string, resource: string): boolean {
  if (ruleResource === '*' || ruleResource === resource) return true;
  const slash = resource.indexOf('/');
  return slash >= 0 && ruleResource === `*${resource.slice(slash)}`;
}

export interface Grant {
  /** Index of the resource entry that covers the resource. */
  resource: number;
  /** Index of the verb entry that grants the verb. */
  verb: number;
  verbName: string;
}

/**
 * Where `rule` grants one of `verbs` on `resource` of API group `group`, or undefined. `*` in verbs, apiGroups or
 * resources matches anything.
 */
export function grant(rule: PolicyRule, verbs: readonly string[], group: string, resource: string): Grant | undefined {
  if (!rule.apiGroups.some((g) => g === '*' || g === group)) return undefined;
  const r = rule.resources.findIndex((x) => resourceCovers(x, resource));
  if (r < 0) return undefined;
  const v = rule.verbs.findIndex((x) => x === '*' || verbs.includes(x));
  if (v < 0) return undefined;
  return { resource: r, verb: v, verbName: rule.verbs[v] as string };
}

/** The verbs that change objects (as opposed to get, list, watch). */
export const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'] as const;

export interface Subject {
  kind: string;
  name: string;
  namespace?: string;
  node: SourceNode;
}

/** A RoleBinding or ClusterRoleBinding. */
export interface Binding {
  object: K8sObject;
  roleRef: { kind: string; name: string; node: SourceNode };
  subjects: Subject[];
}

/** Every RoleBinding and ClusterRoleBinding, Kubernetes' own bootstrap bindings left out. */
export function bindings(doc: KubernetesDoc): Binding[] {
  const out: Binding[] = [];
  for (const object of doc.objects) {
    if (!isRbac(object, 'RoleBinding', 'ClusterRoleBinding')) continue;
    const ref: Obj = isObj(object.value.roleRef) ? object.value.roleRef : {};
    const subjects: Subject[] = [];
    if (Array.isArray(object.value.subjects)) {
      object.value.subjects.forEach((s: unknown, i: number) => {
        if (!isObj(s) || !isStr(s.name)) return;
        subjects.push({
          kind: isStr(s.kind) ? s.kind : '',
          name: s.name,
          namespace: isStr(s.namespace) ? s.namespace : undefined,
          node: object.at(['subjects', i, 'name']),
        });
      });
    }
    out.push({
      object,
      roleRef: {
        kind: isStr(ref.kind) ? ref.kind : '',
        name: isStr(ref.name) ? ref.name : '',
        node: object.at(['roleRef', 'name']),
      },
      subjects,
    });
  }
  return out;
}
