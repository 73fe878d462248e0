import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-019',
  name: 'sql-database-command-execution',
  category: 'elevation-of-privilege',
  target: 'flow',
  appliesTo: {
    all: [{ source: { tech: ['web-application', 'api', 'web-server'] } }, { target: { tech: 'sql-database' } }],
  },
  title: 'Injected SQL sent by {{from}} runs with all the privileges of its account on {{to}}',
  description:
    "{{from}} connects to {{to}} with a single database account. If that account is a superuser or owns the schema, one SQL injection takes the attacker beyond the application's data: they run operating-system commands (COPY ... FROM PROGRAM, xp_cmdshell), read and write files on the database host (LOAD_FILE, INTO OUTFILE), create accounts or drop tables — escalating from the web application to the database server.",
  likelihood: 'low',
  impact: 'high',
  mitigations: ['design:least-privilege-database-account', 'design:parameterized-queries', 'design:host-hardening'],
  cwe: [250, 89],
  capec: [108, 470],
});
