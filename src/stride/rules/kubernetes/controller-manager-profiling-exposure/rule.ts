import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-016',
  name: 'controller-manager-profiling-exposure',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: { all: [{ tech: ['kube-controller-manager', 'cloud-controller-manager'] }, SELF_MANAGED] },
  title: '{{name}} exposes profiling endpoints that disclose its internals',
  description:
    'Upstream controller managers listen on all interfaces (kube-controller-manager on 10257, cloud-controller-manager on 10258) and serve /debug/pprof unless --bind-address=127.0.0.1 and --profiling=false are set. Anyone on the control-plane network can reach {{name}}, and anyone allowed to read its debug endpoints learns program internals and configuration that help an attack.',
  likelihood: 'medium',
  impact: 'low',
  mitigations: ['cis-kubernetes-1.12.0:1.3.2', 'cis-kubernetes-1.12.0:1.3.7', 'design:network-segmentation'],
  cwe: [489, 1327],
  capec: [169],
});
