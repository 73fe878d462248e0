import { isCollection, isMap, isPair, isSeq } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { SourceNode } from '../../core/location.js';
import type { Suppression } from '../../rules/suppress.js';
import {
  type ContainerRuntime,
  emptyRuntime,
  normalizeCapability,
  type PodInfo,
  type PodVolume,
  type Setting,
} from '../runtime.js';
import { nodeAt, parseYamlFile, type YamlDocument, type YamlPath, yamlSuppressions } from '../yaml/index.js';

/** A Kubernetes object from a manifest, with a way back to its nodes. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  value: Record<string, unknown>;
  annotations: Record<string, string>;
  /** The node at a path inside this object (`['spec', 'template']`); missing paths resolve to the nearest parent. */
  at(path: YamlPath, prefer?: 'key' | 'value'): SourceNode;
  /** The object's own node. */
  node: SourceNode;
}

export interface KubernetesDoc {
  kind: 'kubernetes';
  target: string;
  objects: K8sObject[];
  diagnostics: Diagnostic[];
  suppressions: Suppression[];
  /**
   * Every object of the audit run (this file's included) when the run gave several manifests: rules that judge a
   * namespace (is it covered by a NetworkPolicy?) look here. Absent when the file is audited alone.
   */
  cluster?: readonly K8sObject[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Parses a manifest file: multi-document YAML or JSON, `List` objects and `*List` responses. */
export function parseKubernetes(text: string, uri: string): KubernetesDoc {
  const { file, documents, diagnostics } = parseYamlFile(text, uri);
  const objects: K8sObject[] = [];
  for (const d of documents) {
    // Kubernetes reads YAML as JSON: a mapping or sequence used as a key (an unquoted `{{template}}`) is invalid.
    const badKey = complexKey(d);
    if (badKey) {
      diagnostics.push({
        code: 'invalid-key',
        severity: 'error',
        message: `a ${badKey.what} is used as a mapping key (an unrendered template?); Kubernetes cannot read this document`,
        location: d.file.location(badKey.range),
      });
      continue;
    }
    collect(d, [], d.value, objects, diagnostics);
  }
  return { kind: 'kubernetes', target: uri, objects, diagnostics, suppressions: yamlSuppressions(file, documents) };
}

/**
 * The first mapping or sequence used as a key, in the order yaml's `visit` meets nodes (a pair's key before its key's
 * children and its value). Walked by hand: `visit` makes a frozen path array at every node of every manifest.
 */
function complexKey(d: YamlDocument): { what: string; range: [number, number] } | undefined {
  return complexKeyIn(d.doc.contents);
}

function complexKeyIn(node: unknown): { what: string; range: [number, number] } | undefined {
  if (isPair(node)) {
    const key = node.key as { range?: [number, number, number] } | null;
    if ((isMap(node.key) || isSeq(node.key)) && key?.range)
      return { what: isMap(node.key) ? 'mapping' : 'sequence', range: [key.range[0], key.range[1]] };
    return complexKeyIn(node.key) ?? complexKeyIn(node.value);
  }
  if (isCollection(node)) {
    for (const item of node.items) {
      const found = complexKeyIn(item);
      if (found) return found;
    }
  }
  return undefined;
}

function collect(d: YamlDocument, path: YamlPath, value: unknown, out: K8sObject[], diagnostics: Diagnostic[]): void {
  if (!isObj(value) || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string') {
    diagnostics.push({
      code: 'not-a-kubernetes-object',
      severity: 'warning',
      message: `${d.file.uri}: document ${d.index + 1}${path.length ? ` ${path.join('.')}` : ''} has no apiVersion and kind; it is not audited`,
      location: d.file.location(nodeAt(d, path).range),
    });
    return;
  }
  if ((value.kind === 'List' || value.kind.endsWith('List')) && Array.isArray(value.items)) {
    value.items.forEach((item, i) => {
      collect(d, [...path, 'items', i], item, out, diagnostics);
    });
    return;
  }
  const metadata = isObj(value.metadata) ? value.metadata : {};
  const annotations: Record<string, string> = {};
  if (isObj(metadata.annotations)) {
    for (const [k, v] of Object.entries(metadata.annotations)) if (typeof v === 'string') annotations[k] = v;
  }
  out.push({
    apiVersion: value.apiVersion,
    kind: value.kind,
    name: str(metadata.name) ?? str(metadata.generateName) ?? '(unnamed)',
    namespace: str(metadata.namespace),
    value,
    annotations,
    at: (p, prefer) => nodeAt(d, [...path, ...p], prefer),
    node: nodeAt(d, path),
  });
  // A workload whose pod spec is not a mapping (a list, a string) is rejected by the API server and has no containers
  // for the rules to read: say so rather than let every container check pass on it.
  const specPath = POD_SPEC_PATH[value.kind];
  let v: unknown = value;
  for (let i = 0; specPath && i < specPath.length; i++) {
    v = isObj(v) ? v[specPath[i] as string] : undefined;
    if (v === undefined || v === null) break;
    if (!isObj(v)) {
      const at = specPath.slice(0, i + 1);
      diagnostics.push({
        code: 'invalid-type',
        severity: 'warning',
        message: `${d.file.uri}: ${value.kind} ${str(metadata.name) ?? '(unnamed)'}: ${at.join('.')} is not a mapping; its containers are not audited`,
        location: d.file.location(nodeAt(d, [...path, ...at]).range),
      });
      break;
    }
  }
}

/** Where the pod spec of each workload kind lives. */
const POD_SPEC_PATH: Record<string, YamlPath> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  // OpenShift's Deployment, audited by the same peers (checkov, trivy).
  DeploymentConfig: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export const WORKLOAD_KINDS = Object.keys(POD_SPEC_PATH);

export interface PodSpecRef {
  object: K8sObject;
  path: YamlPath;
  spec: Obj;
  /** Pod template metadata annotations (legacy seccomp/AppArmor annotations live there). */
  annotations: Record<string, string>;
}

export function podSpecOf(object: K8sObject): PodSpecRef | undefined {
  const path = POD_SPEC_PATH[object.kind];
  if (!path) return undefined;
  let v: unknown = object.value;
  for (const step of path) v = isObj(v) ? v[step as string] : undefined;
  if (!isObj(v)) return undefined;
  const templateMeta =
    path.length >= 2 ? valueAt(object.value, [...path.slice(0, -1), 'metadata', 'annotations']) : undefined;
  const annotations: Record<string, string> = { ...object.annotations };
  if (isObj(templateMeta))
    for (const [k, a] of Object.entries(templateMeta)) if (typeof a === 'string') annotations[k] = a;
  return { object, path, spec: v, annotations };
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let v = root;
  for (const step of path) {
    if (Array.isArray(v) && typeof step === 'number') v = v[step];
    else if (isObj(v)) v = v[step as string];
    else return undefined;
  }
  return v;
}

/** Every container of every workload in the manifest, as runtime settings. */
export function kubernetesRuntimes(doc: KubernetesDoc): ContainerRuntime[] {
  const out: ContainerRuntime[] = [];
  for (const object of doc.objects) {
    const pod = podSpecOf(object);
    if (pod) out.push(...podRuntimes(pod));
  }
  return out;
}

const ROLES = [
  ['initContainers', 'init'],
  ['containers', 'container'],
  ['ephemeralContainers', 'ephemeral'],
] as const;

function podRuntimes(pod: PodSpecRef): ContainerRuntime[] {
  const { object, path, spec } = pod;
  const at = (p: YamlPath, prefer?: 'key' | 'value') => object.at([...path, ...p], prefer);
  const set = <T>(value: unknown, p: YamlPath, check: (v: unknown) => v is T): Setting<T> | undefined =>
    check(value) ? { value, node: at(p, 'key') } : undefined;
  const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
  const isNum = (v: unknown): v is number => typeof v === 'number';
  const isStr = (v: unknown): v is string => typeof v === 'string';
  const isQty = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';
  const podSc = isObj(spec.securityContext) ? spec.securityContext : {};
  const volumes = new Map<string, { v: Obj; i: number }>();
  if (Array.isArray(spec.volumes)) {
    spec.volumes.forEach((v, i) => {
      if (isObj(v) && typeof v.name === 'string') volumes.set(v.name, { v, i });
    });
  }
  const podInfo: PodInfo = {
    node: object.at(path, 'key'),
    kind: object.kind,
    namespace: object.namespace,
    securityContext: Object.keys(podSc).length > 0 ? at(['securityContext'], 'key') : undefined,
    volumes: podVolumes(spec, at),
    serviceAccountName: set(
      spec.serviceAccountName ?? spec.serviceAccount,
      [spec.serviceAccountName !== undefined ? 'serviceAccountName' : 'serviceAccount'],
      isStr,
    ),
  };
  const sysctls = Array.isArray(podSc.sysctls)
    ? podSc.sysctls.flatMap((x, j) =>
        isObj(x) && typeof x.name === 'string'
          ? [{ name: x.name, value: str(x.value), node: at(['securityContext', 'sysctls', j, 'name']) }]
          : [],
      )
    : [];
  const out: ContainerRuntime[] = [];
  for (const [field, role] of ROLES) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (!isObj(c)) return;
      const cp: YamlPath = [field, i];
      const name = str(c.name) ?? `${field}[${i}]`;
      const r = emptyRuntime({
        source: 'kubernetes',
        name,
        owner: `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${object.name}`,
        role,
        // The container's name: a compact place for absent settings (the whole mapping would span many lines).
        node: isObj(c) && typeof c.name === 'string' ? at([...cp, 'name']) : at(cp),
      });
      const sc = isObj(c.securityContext) ? c.securityContext : {};
      const scp: YamlPath = [...cp, 'securityContext'];
      r.pod = podInfo;
      r.sysctls = sysctls;
      if (Object.keys(sc).length > 0) r.securityContext = at(scp, 'key');
      r.image = set(c.image, [...cp, 'image'], isStr);
      r.imagePullPolicy = set(c.imagePullPolicy, [...cp, 'imagePullPolicy'], isStr);
      r.procMount = set(sc.procMount, [...scp, 'procMount'], isStr);
      const podWin = isObj(podSc.windowsOptions) ? podSc.windowsOptions : {};
      const win = isObj(sc.windowsOptions) ? sc.windowsOptions : {};
      r.windowsHostProcess =
        set(win.hostProcess, [...scp, 'windowsOptions', 'hostProcess'], isBool) ??
        set(podWin.hostProcess, ['securityContext', 'windowsOptions', 'hostProcess'], isBool);
      r.privileged = set(sc.privileged, [...scp, 'privileged'], isBool);
      r.allowPrivilegeEscalation = set(sc.allowPrivilegeEscalation, [...scp, 'allowPrivilegeEscalation'], isBool);
      r.readOnlyRootFilesystem = set(sc.readOnlyRootFilesystem, [...scp, 'readOnlyRootFilesystem'], isBool);
      // Container settings override the pod's; each keeps the node it was written at.
      r.runAsUser =
        set(sc.runAsUser, [...scp, 'runAsUser'], isNum) ??
        set(podSc.runAsUser, ['securityContext', 'runAsUser'], isNum);
      r.runAsGroup =
        set(sc.runAsGroup, [...scp, 'runAsGroup'], isNum) ??
        set(podSc.runAsGroup, ['securityContext', 'runAsGroup'], isNum);
      r.runAsNonRoot =
        set(sc.runAsNonRoot, [...scp, 'runAsNonRoot'], isBool) ??
        set(podSc.runAsNonRoot, ['securityContext', 'runAsNonRoot'], isBool);
      const caps = isObj(sc.capabilities) ? sc.capabilities : {};
      for (const [key, target] of [
        ['add', r.capAdd],
        ['drop', r.capDrop],
      ] as const) {
        const names = caps[key];
        if (!Array.isArray(names)) continue;
        names.forEach((n, j) => {
          if (typeof n === 'string')
            target.push({ value: normalizeCapability(n), node: at([...scp, 'capabilities', key, j]) });
        });
      }
      r.seccomp =
        seccompOf(sc, scp, at) ??
        legacyAnnotation(pod, `container.seccomp.security.alpha.kubernetes.io/${name}`) ??
        seccompOf(podSc, ['securityContext'], at) ??
        legacyAnnotation(pod, 'seccomp.security.alpha.kubernetes.io/pod');
      r.apparmor =
        appArmorOf(sc, scp, at) ??
        legacyAnnotation(pod, `container.apparmor.security.beta.kubernetes.io/${name}`) ??
        appArmorOf(podSc, ['securityContext'], at);
      // Container options replace the pod's (the pod-level options apply to containers that set none).
      if (isObj(sc.seLinuxOptions))
        r.selinux = { value: JSON.stringify(sc.seLinuxOptions), node: at([...scp, 'seLinuxOptions'], 'key') };
      else if (isObj(podSc.seLinuxOptions))
        r.selinux = {
          value: JSON.stringify(podSc.seLinuxOptions),
          node: at(['securityContext', 'seLinuxOptions'], 'key'),
        };
      r.hostNetwork = set(spec.hostNetwork, ['hostNetwork'], isBool);
      r.hostPid = set(spec.hostPID, ['hostPID'], isBool);
      r.hostIpc = set(spec.hostIPC, ['hostIPC'], isBool);
      if (typeof spec.hostUsers === 'boolean') r.hostUserns = { value: spec.hostUsers, node: at(['hostUsers'], 'key') };
      if (spec.shareProcessNamespace === true) {
        r.sharedNamespaces.push({ value: 'pod:pid', node: at(['shareProcessNamespace'], 'key') });
      }
      r.automountServiceAccountToken = set(spec.automountServiceAccountToken, ['automountServiceAccountToken'], isBool);
      r.restartPolicy = set(spec.restartPolicy, ['restartPolicy'], isStr);
      const res = isObj(c.resources) ? c.resources : {};
      const limits = isObj(res.limits) ? res.limits : {};
      const requests = isObj(res.requests) ? res.requests : {};
      r.memoryLimit = set(limits.memory, [...cp, 'resources', 'limits', 'memory'], isQty);
      r.cpuLimit = set(limits.cpu, [...cp, 'resources', 'limits', 'cpu'], isQty);
      r.memoryRequest = set(requests.memory, [...cp, 'resources', 'requests', 'memory'], isQty);
      r.cpuRequest = set(requests.cpu, [...cp, 'resources', 'requests', 'cpu'], isQty);
      r.ephemeralStorageLimit = set(
        limits['ephemeral-storage'],
        [...cp, 'resources', 'limits', 'ephemeral-storage'],
        isQty,
      );
      r.ephemeralStorageRequest = set(
        requests['ephemeral-storage'],
        [...cp, 'resources', 'requests', 'ephemeral-storage'],
        isQty,
      );
      r.probes = {
        liveness: isObj(c.livenessProbe) ? at([...cp, 'livenessProbe'], 'key') : undefined,
        readiness: isObj(c.readinessProbe) ? at([...cp, 'readinessProbe'], 'key') : undefined,
        startup: isObj(c.startupProbe) ? at([...cp, 'startupProbe'], 'key') : undefined,
      };
      if (isObj(c.livenessProbe) || isObj(c.readinessProbe)) {
        r.healthcheck = {
          value: true,
          node: at([...cp, isObj(c.livenessProbe) ? 'livenessProbe' : 'readinessProbe'], 'key'),
        };
      }
      if (Array.isArray(c.ports)) {
        c.ports.forEach((p, j) => {
          if (!isObj(p)) return;
          r.ports.push({
            containerPort: typeof p.containerPort === 'number' ? p.containerPort : undefined,
            hostPort: typeof p.hostPort === 'number' ? p.hostPort : undefined,
            hostIp: str(p.hostIP),
            protocol: (str(p.protocol) ?? 'TCP').toLowerCase(),
            // A published port is reported at its `hostPort` key; a block item's span would run to the next line.
            node: typeof p.hostPort === 'number' ? at([...cp, 'ports', j, 'hostPort'], 'key') : at([...cp, 'ports', j]),
          });
        });
      }
      if (Array.isArray(c.volumeMounts)) {
        c.volumeMounts.forEach((m, j) => {
          if (!isObj(m) || typeof m.name !== 'string') return;
          const vol = volumes.get(m.name);
          const hostPath = vol && isObj(vol.v.hostPath) ? str(vol.v.hostPath.path) : undefined;
          r.mounts.push({
            source: hostPath ?? m.name,
            target: str(m.mountPath) ?? '',
            type: hostPath !== undefined ? 'hostPath' : 'volume',
            readOnly: m.readOnly === true,
            propagation: str(m.mountPropagation),
            // A propagation finding points at `mountPropagation`, a hostPath one at the volume that names the host
            // path, others at the mount.
            node:
              typeof m.mountPropagation === 'string'
                ? at([...cp, 'volumeMounts', j, 'mountPropagation'], 'key')
                : hostPath !== undefined && vol
                  ? at(['volumes', vol.i, 'hostPath', 'path'])
                  : at([...cp, 'volumeMounts', j]),
          });
        });
      }
      if (Array.isArray(c.env)) {
        c.env.forEach((e, j) => {
          if (!isObj(e) || typeof e.name !== 'string') return;
          const vf = isObj(e.valueFrom) ? e.valueFrom : undefined;
          r.env.push({
            name: e.name,
            value: typeof e.value === 'string' ? e.value : typeof e.value === 'number' ? String(e.value) : undefined,
            from: vf
              ? isObj(vf.secretKeyRef)
                ? 'secret'
                : isObj(vf.configMapKeyRef)
                  ? 'configmap'
                  : isObj(vf.fieldRef)
                    ? 'field'
                    : 'resource'
              : undefined,
            // The variable's name: a block item's span would run to the next line.
            node: at([...cp, 'env', j, 'name']),
          });
        });
      }
      if (Array.isArray(c.envFrom)) {
        r.envFrom = c.envFrom.flatMap((e, j) => {
          if (!isObj(e)) return [];
          const ref = isObj(e.secretRef) ? e.secretRef : isObj(e.configMapRef) ? e.configMapRef : undefined;
          if (!ref) return [];
          return [
            {
              from: ref === e.secretRef ? ('secret' as const) : ('configmap' as const),
              name: str(ref.name) ?? '',
              node: at([...cp, 'envFrom', j, ref === e.secretRef ? 'secretRef' : 'configMapRef'], 'key'),
            },
          ];
        });
      }
      out.push(r);
    });
  }
  return out;
}

/** The pod's volumes with their source type; a hostPath volume is reported at its `path`. */
function podVolumes(spec: Obj, at: (p: YamlPath, prefer?: 'key' | 'value') => SourceNode): PodVolume[] {
  if (!Array.isArray(spec.volumes)) return [];
  return spec.volumes.flatMap((v, i): PodVolume[] => {
    if (!isObj(v)) return [];
    const type = Object.keys(v).find((k) => k !== 'name') ?? '';
    const hostPath = isObj(v.hostPath) ? str(v.hostPath.path) : undefined;
    return [
      {
        name: str(v.name) ?? '',
        type,
        hostPath,
        node:
          hostPath !== undefined ? at(['volumes', i, 'hostPath', 'path']) : at(['volumes', i, type || 'name'], 'key'),
      },
    ];
  });
}

function seccompOf(
  sc: Obj,
  scp: YamlPath,
  at: (p: YamlPath, prefer?: 'key' | 'value') => SourceNode,
): Setting<string> | undefined {
  const profile = isObj(sc.seccompProfile) ? sc.seccompProfile : undefined;
  if (!profile || typeof profile.type !== 'string') return undefined;
  const value = profile.type === 'Localhost' ? `Localhost/${str(profile.localhostProfile) ?? ''}` : profile.type;
  return { value, node: at([...scp, 'seccompProfile', 'type']) };
}

function appArmorOf(
  sc: Obj,
  scp: YamlPath,
  at: (p: YamlPath, prefer?: 'key' | 'value') => SourceNode,
): Setting<string> | undefined {
  const profile = isObj(sc.appArmorProfile) ? sc.appArmorProfile : undefined;
  if (!profile || typeof profile.type !== 'string') return undefined;
  return { value: profile.type, node: at([...scp, 'appArmorProfile', 'type']) };
}

/** Pre-1.19 seccomp and AppArmor annotations, normalised to the field values. */
function legacyAnnotation(pod: PodSpecRef, key: string): Setting<string> | undefined {
  const v = pod.annotations[key];
  if (v === undefined) return undefined;
  const value =
    v === 'runtime/default' || v === 'docker/default' ? 'RuntimeDefault' : v === 'unconfined' ? 'Unconfined' : v;
  const templateAnnotations = [...pod.path.slice(0, -1), 'metadata', 'annotations', key];
  const node = pod.object.at(templateAnnotations, 'key');
  return { value, node };
}
