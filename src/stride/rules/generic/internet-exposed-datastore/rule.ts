import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-011',
  name: 'internet-exposed-datastore',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: {
    all: [{ kind: 'datastore' }, { internetFacing: true }, { not: CONTAINER_PLATFORM }],
  },
  title: 'Data store {{name}} is reachable directly from the internet',
  description:
    '{{name}} accepts connections from the internet instead of only from the components that need it. Exposed databases, caches and buckets are found by mass scanning within hours; one weak or default password, missing authentication or unpatched flaw is then enough to dump (or wipe and ransom) everything it holds.',
  likelihood: 'high',
  impact: 'high',
  mitigations: ['design:network-segmentation', 'design:authentication-required'],
  cwe: [668, 284],
  capec: [],
});
