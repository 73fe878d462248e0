import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode } from '../helpers.js';

/** The container types the Pod Security Standards allow. */
const ALLOWED_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

/**
 * What is wrong with SELinux options, if anything: a Kubernetes `seLinuxOptions` object (as JSON) or a compose
 * label option (`disable`, `type:spc_t`, `user:...`).
 */
export function selinuxProblem(value: string): string | undefined {
  let options: Record<string, unknown> = {};
  const v = value.trim();
  if (v.startsWith('{')) {
    try {
      options = JSON.parse(v) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  } else {
    const opt = v.replace(/^label[:=]/, '');
    if (opt === 'disable') return 'SELinux separation disabled';
    const [k = '', ...rest] = opt.split(':');
    options[k] = rest.join(':');
  }
  const type = typeof options.type === 'string' ? options.type : '';
  if (!ALLOWED_TYPES.has(type)) return `custom type ${type}`;
  for (const k of ['user', 'role'])
    if (typeof options[k] === 'string' && options[k] !== '') return `custom ${k} ${options[k]}`;
  return undefined;
}

export default defineAuditRule<RuntimeDoc, 'custom'>({
  id: 'RT036',
  name: 'selinux-custom-options',
  source: 'runtime',
  meta: {
    title: 'SELinux disabled or custom options set',
    severity: 'medium',
    description:
      'On SELinux hosts each container runs as `container_t` with its own category pair, which keeps it away from host files and other containers even when it runs as root. This container turns separation off (compose `security_opt: [label:disable]`) or sets a custom SELinux user, role or a type other than container_t, container_init_t, container_kvm_t and container_engine_t (`spc_t`, "super privileged container", is unconfined). Pod Security Standards: baseline. Setting a `level` alone is allowed. The CIS Docker Benchmark (5.3) further asks for SELinux options to be set at all, which depends on the host and is not checked here.',
    remediation:
      'Remove `label:disable` and custom SELinux users, roles and types; let the runtime assign `container_t` and a unique level.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://docs.docker.com/reference/cli/docker/container/run/#security-opt',
    ],
    frameworks: {},
    aliases: { trivy: ['KSV-0025'] },
    stride: ['elevation-of-privilege', 'tampering'],
  },
  messages: {
    custom: '{{container}} sets SELinux options outside the container policy: {{problem}}.',
  },
  check(ctx, doc) {
    const hits = [];
    for (const r of containersOf(ctx, doc)) {
      const problem = r.selinux ? selinuxProblem(r.selinux.value) : undefined;
      if (r.selinux && problem) hits.push({ node: r.selinux.node, r, problem });
    }
    for (const g of groupByNode(hits))
      ctx.report({
        messageId: 'custom',
        node: g.node,
        data: { container: g.container, problem: g.first.problem },
      });
  },
});
