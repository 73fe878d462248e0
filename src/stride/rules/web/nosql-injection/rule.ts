import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-006',
  name: 'nosql-injection',
  category: 'tampering',
  target: 'component',
  // Caches (Redis, Memcached) take keys, not query documents built from request data.
  appliesTo: {
    all: [
      { tech: 'nosql-database' },
      { not: { tech: 'cache' } },
      { inbound: { source: { tech: ['web-application', 'api', 'web-server'] } } },
    ],
  },
  title: 'NoSQL injection in request data can tamper with the data in {{name}}',
  description:
    '{{name}} is queried by a web application with filters built from request data. When JSON bodies or parameters reach the query unchecked, an attacker injects operators (`{"$ne": null}`, `$where`, `$regex`) or script: bypasses the login, reads other users\' documents, or updates and deletes documents in {{name}}.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:input-validation', 'design:least-privilege-database-account', 'design:waf'],
  cwe: [943],
  capec: [676],
  references: [
    'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection',
  ],
});
