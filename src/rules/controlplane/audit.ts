import type { Diagnostic } from '../../core/diagnostics.js';
import { controlPlaneDoc } from '../../sources/controlplane/index.js';
import { type KubeletDoc, kubeletsFromKubernetes } from '../../sources/kubelet/index.js';
import type { KubernetesDoc } from '../../sources/kubernetes/parse.js';
import { auditRulesFor } from '../index.js';
import type { AuditOptions } from '../rule.js';
import { type RunResult, runRules } from '../run.js';
import type { Suppression } from '../suppress.js';

/**
 * The control-plane and kubelet rules on a set of manifests: static pods of the API server, etcd, the controller
 * manager and the scheduler, AdmissionConfiguration and EncryptionConfiguration files, KubeletConfiguration documents
 * and kubelets run as containers. Rules run only when the manifests hold something of theirs, so an application's
 * manifests get no control-plane check results at all (rather than passes that prove nothing).
 */
export function auditNodeConfig(
  k8s: KubernetesDoc,
  input: { target: string; text?: string; suppressions: readonly Suppression[] },
  options: AuditOptions = {},
): RunResult {
  const cp = controlPlaneDoc(k8s);
  const runs: RunResult[] = [];
  if (cp.components.some((c) => c.component !== 'kubelet') || cp.admissionConfigs.length + cp.encryptionConfigs.length)
    runs.push(runRules(auditRulesFor('controlplane'), { ...input, doc: cp as never }, options));
  const kubelets = kubeletsFromKubernetes(k8s, cp);
  const diagnostics: Diagnostic[] = [];
  if (kubelets.length > 0) {
    const doc: KubeletDoc = { kind: 'kubelet', target: input.target, kubelets };
    runs.push(runRules(auditRulesFor('kubelet'), { ...input, doc: doc as never }, options));
    for (const k of kubelets) {
      const flag = k.flags.get('config');
      if (!k.configFile || !flag) continue;
      diagnostics.push({
        code: 'kubelet-config-not-audited',
        severity: 'warning',
        message: `${k.label}: the kubelet config file ${k.configFile} is not part of this input; settings only it could hold are not judged`,
        location: flag.node.file.location(flag.node.range),
      });
    }
  }
  return {
    findings: runs.flatMap((r) => r.findings),
    checks: runs.flatMap((r) => r.checks),
    diagnostics: [...diagnostics, ...runs.flatMap((r) => r.diagnostics)],
  };
}
