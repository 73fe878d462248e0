import type { SourceNode } from '../../core/location.js';
import { type K8sObject, type KubernetesDoc, podSpecOf } from '../kubernetes/parse.js';
import type { YamlPath } from '../yaml/index.js';
import { type Arg, type Flag, type FlagSet, flagSet, parseFlags } from './flags.js';
import { splitWords } from './words.js';

export { type Arg, type Flag, type FlagSet, featureGate, listValue, parseBool, parseFlags } from './flags.js';

export const COMPONENTS = ['kube-apiserver', 'etcd', 'kube-controller-manager', 'kube-scheduler', 'kubelet'] as const;
export type Component = (typeof COMPONENTS)[number];

/** A Kubernetes component run by a container (a static pod of kubeadm, or any workload), with its flags. */
export interface ComponentProcess {
  component: Component;
  /** `Pod kube-system/kube-apiserver-node1`. */
  owner: string;
  container: string;
  flags: FlagSet;
  /** Where a missing flag is reported: the container's `command` key, else `args`, else `image`. */
  node: SourceNode;
  object: K8sObject;
}

/** What control-plane rules see in a set of Kubernetes documents. */
export interface ControlPlaneDoc {
  kind: 'controlplane';
  target: string;
  components: ComponentProcess[];
  /** `AdmissionConfiguration` objects: the file `--admission-control-config-file` names. */
  admissionConfigs: K8sObject[];
  /** `EncryptionConfiguration` objects: the file `--encryption-provider-config` names. */
  encryptionConfigs: K8sObject[];
  /**
   * The components of every manifest of the audit run, when the run gave several (static pods usually come one per
   * file): for rules that compare components, such as etcd's CA against the API server's.
   */
  cluster?: ComponentProcess[];
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const HYPERKUBE: Record<string, Component> = {
  apiserver: 'kube-apiserver',
  'kube-apiserver': 'kube-apiserver',
  'controller-manager': 'kube-controller-manager',
  'kube-controller-manager': 'kube-controller-manager',
  scheduler: 'kube-scheduler',
  'kube-scheduler': 'kube-scheduler',
  kubelet: 'kubelet',
};
const ARCH_SUFFIX = /-(amd64|arm64|arm|ppc64le|s390x)$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const asComponent = (name: string): Component | undefined =>
  (COMPONENTS as readonly string[]).includes(name) ? (name as Component) : undefined;

/** The component an image runs, from its repository name: `registry.k8s.io/kube-apiserver-amd64:v1.6.0`. */
export function imageComponent(image: string | undefined): Component | undefined {
  if (!image) return undefined;
  const repo = baseName(image.split('@')[0] as string);
  const name = repo.includes(':') ? repo.slice(0, repo.indexOf(':')) : repo;
  return asComponent(name.replace(ARCH_SUFFIX, ''));
}

/**
 * Finds the Kubernetes components in the manifests' containers. A container runs a component when its command (or,
 * without a command, its args) starts with the binary — directly, through `hyperkube`, or as the first command of a
 * `sh -c` script — or, when it has only flags, when its image or the pod's `component` label names the component.
 */
export function controlPlaneDoc(k8s: KubernetesDoc): ControlPlaneDoc {
  const doc: ControlPlaneDoc = {
    kind: 'controlplane',
    target: k8s.target,
    components: componentsOf(k8s.objects),
    admissionConfigs: k8s.objects.filter((o) => o.kind === 'AdmissionConfiguration'),
    encryptionConfigs: k8s.objects.filter((o) => o.kind === 'EncryptionConfiguration' || o.kind === 'EncryptionConfig'),
  };
  // Only etcd is compared with other manifests; reading every manifest of the run for each file would be quadratic.
  if (k8s.cluster && doc.components.some((c) => c.component === 'etcd')) doc.cluster = componentsOf(k8s.cluster);
  return doc;
}

function componentsOf(objects: readonly K8sObject[]): ComponentProcess[] {
  const components: ComponentProcess[] = [];
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (!pod || !Array.isArray(pod.spec.containers)) continue;
    const labels = labelsOf(object, pod.path);
    pod.spec.containers.forEach((c, i) => {
      if (!isObj(c)) return;
      const cp: YamlPath = [...pod.path, 'containers', i];
      // The pod's `component` label speaks for its only container, or for the container named after it.
      const single = (pod.spec.containers as unknown[]).length === 1 || c.name === labels.component;
      const found = recognise(object, cp, c, single ? labels.component : undefined);
      if (!found) return;
      const flags =
        found.component === 'etcd'
          ? withEtcdEnvironment(object, cp, c, parseFlags(found.args))
          : parseFlags(found.args);
      const missingAt = 'command' in c ? 'command' : 'args' in c ? 'args' : 'image' in c ? 'image' : undefined;
      components.push({
        component: found.component,
        owner: `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${object.name}`,
        container: typeof c.name === 'string' ? c.name : `containers[${i}]`,
        flags,
        node: missingAt ? object.at([...cp, missingAt], 'key') : object.at(cp),
        object,
      });
    });
  }
  return components;
}

function labelsOf(object: K8sObject, podPath: YamlPath): Record<string, string> {
  let v: unknown = object.value;
  for (const step of [...podPath.slice(0, -1), 'metadata', 'labels']) v = isObj(v) ? v[step as string] : undefined;
  const out: Record<string, string> = {};
  if (isObj(v)) for (const [k, l] of Object.entries(v)) if (typeof l === 'string') out[k] = l;
  return out;
}

/** The container's argv (command then args), each item with its node. */
function argv(object: K8sObject, cp: YamlPath, c: Obj): Arg[] {
  const out: Arg[] = [];
  for (const key of ['command', 'args'] as const) {
    const list = c[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item, j) => {
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')
        out.push({ text: String(item), node: object.at([...cp, key, j]) });
    });
  }
  return out;
}

function recognise(
  object: K8sObject,
  cp: YamlPath,
  c: Obj,
  componentLabel: string | undefined,
): { component: Component; args: Arg[] } | undefined {
  const args = argv(object, cp, c);
  const first = args[0];
  if (!first || first.text.startsWith('-')) {
    const component =
      imageComponent(typeof c.image === 'string' ? c.image : undefined) ?? asComponent(componentLabel ?? '');
    return component ? { component, args } : undefined;
  }
  const direct = binary(args);
  if (direct) return direct;
  // `sh -c "exec kube-apiserver --flag=..."`: the script's first command, split into words with their offsets.
  if (SHELLS.has(baseName(first.text)) && args.length >= 3 && /^-[a-z]*c[a-z]*$/.test(args[1]?.text ?? '')) {
    const script = args[2] as Arg;
    const words = scriptArgs(script);
    while (words.length > 0 && (words[0]?.text === 'exec' || /^[A-Za-z_]\w*=/.test(words[0]?.text ?? '')))
      words.shift();
    return binary(words);
  }
  return undefined;
}

function binary(args: Arg[]): { component: Component; args: Arg[] } | undefined {
  const name = baseName(args[0]?.text ?? '');
  if (name === 'hyperkube') {
    const sub = HYPERKUBE[args[1]?.text ?? ''];
    return sub ? { component: sub, args: args.slice(2) } : undefined;
  }
  const component = asComponent(name);
  return component ? { component, args: args.slice(1) } : undefined;
}

/**
 * The words of a script held in one YAML scalar, each at its offsets in the source: through the scalar's escapes
 * when it is quoted on one line, else by finding each word in the source in order; a word that cannot be placed is
 * reported at the whole scalar.
 */
function scriptArgs(script: Arg): Arg[] {
  const { file, range } = script.node;
  const source = file.text.slice(range[0], range[1]);
  const offsets = scalarOffsets(source, script.text);
  if (offsets) {
    return splitWords(script.text).map((w) => ({
      text: w.text,
      node: { file, range: [range[0] + (offsets[w.range[0]] ?? 0), range[0] + (offsets[w.range[1]] ?? 0)] },
    }));
  }
  let from = 0;
  return splitWords(script.text).map((w) => {
    const raw = script.text.slice(w.range[0], w.range[1]);
    const at = source.indexOf(raw, from);
    if (at < 0) return { text: w.text, node: script.node };
    from = at + raw.length;
    return { text: w.text, node: { file, range: [range[0] + at, range[0] + at + raw.length] } };
  });
}

const ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

/**
 * For a one-line scalar, the source offset (relative to the scalar) of each character of its value, plus the end:
 * plain scalars map one to one, quoted ones through `\"`, `\\`, `\uXXXX` and `''`. `undefined` when the scalar
 * spans lines or does not read back as `value`.
 */
function scalarOffsets(source: string, value: string): number[] | undefined {
  if (source.includes('\n')) return undefined;
  const offsets: number[] = [];
  let out = '';
  if (source.startsWith('"') || source.startsWith("'")) {
    const quote = source[0];
    let i = 1;
    while (i < source.length - 1) {
      const c = source[i] as string;
      if (quote === '"' && c === '\\') {
        const length = ESCAPE_LENGTH[source[i + 1] ?? ''] ?? 2;
        const code = source.slice(i + 2, i + length);
        const decoded = length > 2 ? String.fromCodePoint(Number.parseInt(code, 16)) : (source[i + 1] ?? '');
        for (const ch of decoded) {
          offsets.push(i);
          out += ch;
        }
        i += length;
      } else if (quote === "'" && c === "'" && source[i + 1] === "'") {
        offsets.push(i);
        out += "'";
        i += 2;
      } else {
        offsets.push(i);
        out += c;
        i++;
      }
    }
    offsets.push(i);
  } else {
    for (let i = 0; i <= source.length; i++) offsets.push(i);
    out = source;
  }
  return out === value ? offsets : undefined;
}

/**
 * etcd reads `ETCD_<FLAG>` environment variables for flags not given on the command line (`ETCD_CLIENT_CERT_AUTH`
 * for `--client-cert-auth`); a variable filled from a Secret or ConfigMap is set with a value this input does not
 * show.
 */
function withEtcdEnvironment(object: K8sObject, cp: YamlPath, c: Obj, flags: FlagSet): FlagSet {
  if (!Array.isArray(c.env)) return flags;
  const fromEnv: Flag[] = [];
  c.env.forEach((e, j) => {
    if (!isObj(e) || typeof e.name !== 'string' || !/^ETCD_[A-Z0-9_]+$/.test(e.name)) return;
    const name = e.name.slice(5).toLowerCase().replaceAll('_', '-');
    if (flags.get(name)) return;
    const value = typeof e.value === 'string' || typeof e.value === 'number' ? String(e.value) : undefined;
    const written = 'value' in e ? (value ?? '') : undefined;
    fromEnv.push({
      name,
      value: written,
      node: object.at([...cp, 'env', j]),
      text: `${e.name}=${written ?? '(from a reference)'}`,
    });
  });
  return fromEnv.length ? flagSet([...fromEnv, ...flags.all]) : flags;
}
