import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { boolFlag, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'enabled' | 'default'>({
  id: 'CP029',
  name: 'apiserver-service-account-extend-token-expiration',
  source: 'controlplane',
  meta: {
    title: 'API server extends service-account token lifetimes',
    severity: 'medium',
    description:
      'With `--service-account-extend-token-expiration` (true by default) projected tokens that a pod asked to live for an hour are issued for a year, to ease the migration to bound tokens; a stolen token then stays valid for a year. Default assumed: true, so an API server without `--service-account-extend-token-expiration=false` is reported.',
    remediation: 'Set `--service-account-extend-token-expiration=false` once no workload depends on long-lived tokens.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
      'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#bound-service-account-token-volume',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.30'] },
    aliases: { kubescape: ['C-0290'], 'kube-bench': ['1.2.30'] },
    stride: ['spoofing'],
  },
  messages: {
    enabled: '{{owner}}: kube-apiserver issues year-long service-account tokens ({{flag}}).',
    default:
      '{{owner}}: kube-apiserver issues year-long service-account tokens (no --service-account-extend-token-expiration=false; it defaults to true).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const b = boolFlag(p, 'service-account-extend-token-expiration', true);
      if (!b || b.value === false) return;
      if (!b.flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner, component: p.component } });
      else
        ctx.report({
          messageId: 'enabled',
          node: b.flag.node,
          data: { owner: p.owner, component: p.component, flag: b.flag.text },
          evidence: b.flag.text,
        });
    });
  },
});
