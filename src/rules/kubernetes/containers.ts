// The containers of a workload as plain data with their nodes, for the object rules that look at images or args.
import type { SourceNode } from '../../core/location.js';
import { type K8sObject, podSpecOf } from '../../sources/kubernetes/parse.js';
import { isObj, isStr } from './objects.js';

export interface ContainerRef {
  name: string;
  image?: string;
  imageNode: SourceNode;
  /** `command` and `args` together. */
  argv: string[];
}

export function containersOf(o: K8sObject): ContainerRef[] {
  const pod = podSpecOf(o);
  if (!pod) return [];
  const out: ContainerRef[] = [];
  for (const field of ['initContainers', 'containers']) {
    const list = pod.spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (!isObj(c)) return;
      const strings = (v: unknown) => (Array.isArray(v) ? v.filter(isStr) : []);
      out.push({
        name: isStr(c.name) ? c.name : `${field}[${i}]`,
        image: isStr(c.image) ? c.image : undefined,
        imageNode: o.at([...pod.path, field, i, 'image']),
        argv: [...strings(c.command), ...strings(c.args)],
      });
    });
  }
  return out;
}

/** `gcr.io/kubernetes-helm/tiller:v2.16.1@sha256:...` → `tiller`. */
export function imageName(image: string): string {
  const noDigest = image.split('@')[0] ?? image;
  const last = noDigest.split('/').at(-1) ?? noDigest;
  return (last.split(':')[0] ?? last).toLowerCase();
}
