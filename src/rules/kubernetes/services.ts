// Helpers for the Service and Ingress rules.
import type { K8sObject } from '../../sources/kubernetes/parse.js';
import { apiGroupOf, isObj, valueAt } from './objects.js';

/** `port 443/TCP, port 8080/TCP` (with the fixed node port when `nodePort` is asked for and set). */
export function servicePorts(o: K8sObject, show: 'port' | 'nodePort' = 'port'): string {
  const ports = valueAt(o.value, ['spec', 'ports']);
  if (!Array.isArray(ports) || ports.length === 0) return 'its ports';
  const list = ports.filter(isObj).map((p) => {
    const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
    const node = show === 'nodePort' && typeof p.nodePort === 'number' ? ` (node port ${p.nodePort})` : '';
    return `port ${String(p.port ?? '?')}/${proto}${node}`;
  });
  return list.length ? list.join(', ') : 'its ports';
}

/** The Service's ports as numbers (targets of `port`). */
export function portNumbers(o: K8sObject): number[] {
  const ports = valueAt(o.value, ['spec', 'ports']);
  return Array.isArray(ports) ? ports.filter(isObj).flatMap((p) => (typeof p.port === 'number' ? [p.port] : [])) : [];
}

/**
 * Ingress API groups, old and current. The core group is accepted too: the API server rejects `v1` Ingresses, but
 * peers' fixtures and hand-written manifests use it, and the annotations mean the same to the controller.
 */
export const INGRESS_GROUPS = ['networking.k8s.io', 'extensions', ''];

export const isService = (o: K8sObject): boolean => o.kind === 'Service' && apiGroupOf(o) === '';
export const isIngress = (o: K8sObject): boolean => o.kind === 'Ingress' && INGRESS_GROUPS.includes(apiGroupOf(o));
