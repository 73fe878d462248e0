import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-005',
  name: 'sql-injection',
  category: 'tampering',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'sql-database' }, { inbound: { source: { tech: ['web-application', 'api', 'web-server'] } } }],
  },
  title: 'SQL injection in request parameters can tamper with the data in {{name}}',
  description:
    "{{name}} is queried by a web application that builds queries from request data. An attacker who passes crafted URL or form parameters (`?id=1 OR 1=1`, `'; UPDATE products SET price=0; --`) runs their own SQL through it: queries other users' data, changes prices and orders, or deletes records in {{name}}.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'design:parameterized-queries',
    'design:input-validation',
    'design:least-privilege-database-account',
    'design:waf',
  ],
  cwe: [89],
  capec: [66, 7],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html'],
});
