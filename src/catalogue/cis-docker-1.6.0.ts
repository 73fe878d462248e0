import { benchmarkControls } from './control.js';

/** CIS Docker Benchmark v1.6.0. */
export const CIS_DOCKER_1_6_0 = benchmarkControls('cis-docker', '1.6.0', [
  {
    section: '5.5',
    title: 'Ensure that privileged containers are not used',
    level: 1,
    assessment: 'automated',
    stride: ['elevation-of-privilege', 'tampering'],
    techs: ['container', 'docker-daemon'],
    remediation: 'Do not run containers with the --privileged flag.',
  },
]);
