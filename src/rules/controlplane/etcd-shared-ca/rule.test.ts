import { describe, expect, it } from 'vitest';
import { controlPlaneDoc } from '../../../sources/controlplane/index.js';
import { parseKubernetes } from '../../../sources/kubernetes/parse.js';
import { runRules } from '../../run.js';
import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const both = (etcdCa: string) =>
  `${staticPod('etcd', ['--client-cert-auth=true', `--trusted-ca-file=${etcdCa}`])}---\n${staticPod('kube-apiserver', ['--client-ca-file=/etc/kubernetes/pki/ca.crt'])}`;

testRule(rule, controlPlaneParser, {
  valid: [
    both('/etc/kubernetes/pki/etcd/ca.crt'),
    // etcd alone: nothing to compare with
    staticPod('etcd', ['--trusted-ca-file=/etc/kubernetes/pki/ca.crt']),
  ],
  invalid: [
    {
      code: both('/etc/kubernetes/pki/ca.crt'),
      errors: [{ messageId: 'sharedCa', line: 13, column: 11, endLine: 13, endColumn: 55 }],
    },
  ],
});

describe('CP044 across files', () => {
  it('compares etcd with the API server of another manifest of the run', () => {
    const etcd = parseKubernetes(staticPod('etcd', ['--trusted-ca-file=/etc/kubernetes/pki/ca.crt']), 'etcd.yaml');
    const apiserver = parseKubernetes(
      staticPod('kube-apiserver', ['--client-ca-file=/etc/kubernetes/pki/ca.crt']),
      'kube-apiserver.yaml',
    );
    etcd.cluster = [...etcd.objects, ...apiserver.objects];
    const result = runRules([rule], { doc: controlPlaneDoc(etcd), target: 'etcd.yaml' });
    expect(result.findings.map((f) => [f.ruleId, f.location?.uri, f.location?.startLine])).toEqual([
      ['CP044', 'etcd.yaml', 12],
    ]);
  });
});
