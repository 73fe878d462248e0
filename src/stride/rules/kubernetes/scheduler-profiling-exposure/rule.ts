import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-014',
  name: 'scheduler-profiling-exposure',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: { all: [{ tech: 'kube-scheduler' }, SELF_MANAGED] },
  title: '{{name}} exposes profiling endpoints that disclose its internals',
  description:
    'Upstream kube-scheduler listens on all interfaces (port 10259) and serves /debug/pprof unless --bind-address=127.0.0.1 and --profiling=false are set. Anyone on the control-plane network can reach {{name}}, and anyone allowed to read its debug endpoints learns program internals and configuration that help an attack, or slows the scheduler with expensive profiles.',
  likelihood: 'medium',
  impact: 'low',
  mitigations: ['cis-kubernetes-1.12.0:1.4.1', 'cis-kubernetes-1.12.0:1.4.2', 'design:network-segmentation'],
  cwe: [489, 1327],
  capec: [169],
});
