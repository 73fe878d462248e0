import { type HostDoc, type HostRole, watchCovers } from '../../sources/host/index.js';
import { type AuditRule, defineAuditRule, type RuleContext } from '../rule.js';
import { present } from './files.js';

interface AuditedSpec {
  id: string;
  name: string;
  section: string;
  role: HostRole;
  /** What CIS calls the path: `/usr/bin/dockerd`, `docker.service`. */
  what: string;
  description: string;
  level2?: boolean;
}

/**
 * A CIS 1.1.x check: a Linux audit rule records access to the path the daemon really uses (`-w <path>`, or
 * `-a … -F path=<path>`; a watch on a directory above it covers it). Paths that do not exist on the host are
 * skipped with the reason, not passed.
 */
export function auditedRule(spec: AuditedSpec): AuditRule<HostDoc, 'unaudited'> {
  return defineAuditRule<HostDoc, 'unaudited'>({
    id: spec.id,
    name: spec.name,
    source: 'host',
    meta: {
      title: `Access to ${spec.what} is not audited`,
      severity: 'low',
      description: `${spec.description} Without an audit rule, changes and use leave no trace in the audit log. The rules are read from \`auditctl -l\` output when it is given, else from /etc/audit/rules.d/*.rules (or /etc/audit/audit.rules) under the host root.`,
      remediation: `Add a watch to a file in /etc/audit/rules.d/ (for example docker.rules): \`-w <path> -p rwxa -k docker\` with the path reported, then run augenrules --load.`,
      references: ['https://man7.org/linux/man-pages/man8/auditctl.8.html'],
      frameworks: { 'cis-docker-1.6.0': [spec.section] },
      aliases: { 'docker-bench': [spec.section] },
      stride: ['repudiation'],
    },
    messages: {
      unaudited: 'No audit rule records access to {{path}} ({{from}}){{why}}.',
    },
    check(ctx: RuleContext<'unaudited'>, doc: HostDoc) {
      const paths = present(doc, spec.role);
      if (typeof paths === 'string') return ctx.skip(paths);
      const audit = doc.audit;
      for (const p of paths) {
        if (audit.origin !== undefined && audit.watches.some((w) => watchCovers(w, p))) continue;
        ctx.report({
          messageId: 'unaudited',
          logical: { kind: 'host', name: p.path, path: 'audit' },
          data: {
            path: p.path,
            from: p.from,
            why: audit.origin !== undefined ? ` in ${audit.origin}` : `: ${audit.reason}`,
          },
        });
      }
    },
  });
}
