import type { KubernetesDoc } from '../../sources/kubernetes/parse.js';
import type { AuditRule } from '../rule.js';

export const KUBERNETES_RULES: readonly AuditRule<KubernetesDoc, string>[] = [];
