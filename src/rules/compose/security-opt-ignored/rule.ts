import type { ComposeDoc } from '../../../sources/compose/index.js';
import { defineAuditRule } from '../../rule.js';

/** What dockerd's `parseSecurityOpt` accepts as the key of `key=value` (or the deprecated `key:value`). */
const KEYS = new Set(['label', 'apparmor', 'seccomp', 'no-new-privileges', 'systempaths', 'writable-cgroups']);
/** SELinux label options (go-selinux `InitLabels`): anything else is rejected where SELinux is on, ignored elsewhere. */
const LABEL = /^(disable|nested|(user|role|type|level|filetype):.+)$/;
const BOOL = /^(1|t|true|0|f|false)$/i;

type Problem = 'rejected' | 'badLabel' | 'badBool' | 'badSystempaths';

/** Why Docker would not apply a `security_opt` entry as written, or undefined when it would. */
function problemOf(raw: string): { problem: Problem; key?: string } | undefined {
  const opt = raw.trim();
  if (opt === 'no-new-privileges' || opt === 'disable') return undefined;
  const eq = opt.indexOf('=');
  const sep = eq >= 0 ? eq : opt.indexOf(':');
  if (sep < 0) return { problem: 'rejected' };
  const key = opt.slice(0, sep);
  const value = opt.slice(sep + 1);
  if (!KEYS.has(key)) return { problem: 'rejected', key };
  if (key === 'label' && !LABEL.test(value)) return { problem: 'badLabel', key };
  if ((key === 'no-new-privileges' || key === 'writable-cgroups') && !BOOL.test(value))
    return { problem: 'badBool', key };
  if (key === 'systempaths' && value !== 'unconfined') return { problem: 'badSystempaths', key };
  return undefined;
}

export default defineAuditRule<ComposeDoc, Problem>({
  id: 'CO005',
  name: 'security-opt-ignored',
  source: 'compose',
  meta: {
    title: 'security_opt entry that Docker rejects or ignores',
    severity: 'medium',
    description: [
      'A `security_opt` entry is a string that the Docker daemon parses when the container is created: `no-new-privileges[=true]`, `seccomp=<profile|unconfined>`, `apparmor=<profile>`, `label=<selinux option>`, `systempaths=unconfined`. A misspelled entry is either rejected (the service does not start) or, worse, silently dropped: `label:seccomp:unconfined` is an SELinux label option, which Docker ignores on hosts without SELinux, so the hardening (or relaxation) the author meant never happens and the audit of the file no longer says what runs.',
      'The runtime rules read `security_opt` as Docker does (`label:...` is a label, whatever follows), so they see what the daemon will apply; this rule reports the entries whose intent and effect differ. The deprecated `key:value` form is accepted, as Docker still does.',
    ].join('\n\n'),
    remediation:
      'Write each entry in the `key=value` form Docker documents: `no-new-privileges=true`, `seccomp=/path/profile.json` (or a profile shipped with the engine), `apparmor=docker-default`, `label=type:svirt_apache_t`.',
    references: [
      'https://docs.docker.com/reference/cli/docker/container/run/#security-opt',
      'https://docs.docker.com/reference/compose-file/services/#security_opt',
    ],
    frameworks: {},
    aliases: {},
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    rejected:
      'service {{service}}: security_opt "{{opt}}" is not an option Docker knows: the container is refused at creation.',
    badLabel:
      'service {{service}}: security_opt "{{opt}}" is an SELinux label option Docker does not accept (valid: user, role, type, level, filetype, disable, nested): it is ignored without SELinux and refused with it.',
    badBool: 'service {{service}}: security_opt "{{opt}}" needs true or false: the container is refused at creation.',
    badSystempaths:
      'service {{service}}: security_opt "{{opt}}" only accepts the value unconfined: the container is refused at creation.',
  },
  check(ctx, doc) {
    const withOpts = doc.services.filter((s) => Array.isArray(s.value.security_opt));
    if (withOpts.length === 0) {
      ctx.skip('no service sets security_opt');
      return;
    }
    for (const s of withOpts) {
      (s.value.security_opt as unknown[]).forEach((opt, i) => {
        if (typeof opt !== 'string') return;
        const found = problemOf(opt);
        if (found) {
          ctx.report({
            messageId: found.problem,
            node: s.at(['security_opt', i]),
            data: { service: s.name, opt },
            evidence: opt,
          });
        }
      });
    }
  },
});
