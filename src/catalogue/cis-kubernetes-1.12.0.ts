import { benchmarkControls } from './control.js';

/** CIS Kubernetes Benchmark v1.12.0 (section numbers as in kube-bench cfg/cis-1.12). */
export const CIS_KUBERNETES_1_12_0 = benchmarkControls('cis-kubernetes', '1.12.0', [
  {
    section: '4.2.1',
    title: 'Ensure that the --anonymous-auth argument is set to false',
    level: 1,
    assessment: 'automated',
    stride: ['spoofing', 'elevation-of-privilege'],
    techs: ['kubelet'],
    remediation: 'Set authentication.anonymous.enabled: false in the kubelet config file (or --anonymous-auth=false).',
  },
]);
