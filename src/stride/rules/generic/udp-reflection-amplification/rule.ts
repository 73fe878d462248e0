import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-015',
  name: 'udp-reflection-amplification',
  category: 'denial-of-service',
  target: 'flow',
  appliesTo: {
    all: [
      { fromInternet: true },
      { protocol: ['dns', 'ntp', 'snmp', 'ssdp', 'memcached', 'cldap', 'chargen', 'syslog-udp', 'udp'] },
    ],
  },
  title: '{{to}} answers {{protocol}} from the internet and can be abused for reflection and amplification',
  description:
    "{{to}} accepts {{protocol}} from the internet ({{name}}). Over UDP the source address is not verified: attackers send small requests with a forged source and {{to}} sends much larger answers to the victim, so it becomes a weapon in someone else's DDoS, and its own bandwidth and CPU are exhausted in the process.",
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:network-segmentation', 'design:rate-limiting', 'design:ddos-protection'],
  cwe: [406],
  capec: [490],
  references: ['https://www.cisa.gov/news-events/alerts/2014/01/17/udp-based-amplification-attacks'],
});
