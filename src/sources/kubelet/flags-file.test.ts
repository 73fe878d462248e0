import { describe, expect, it } from 'vitest';
import { parseFlags } from '../controlplane/flags.js';
import { kubeletArgs, parseKubeletFlagsFile } from './flags-file.js';

// kubeadm's systemd drop-in for the kubelet, as it ships in the kubernetes-node packages
const DROP_IN = `# Note: This dropin only works with kubeadm and kubelet v1.11+
[Service]
Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
EnvironmentFile=-/etc/default/kubelet
ExecStart=
ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
`;
const FLAGS_ENV = `KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10"
`;

const text = (file: { file: { text: string } }, range: readonly [number, number]) =>
  file.file.text.slice(range[0], range[1]);

describe('parseKubeletFlagsFile', () => {
  it('reads Environment=, EnvironmentFile= and the kubelet ExecStart of a systemd drop-in', () => {
    const unit = parseKubeletFlagsFile(DROP_IN, '10-kubeadm.conf');
    expect([...unit.variables.keys()]).toEqual(['KUBELET_KUBECONFIG_ARGS', 'KUBELET_CONFIG_ARGS']);
    expect(unit.environmentFiles).toEqual(['/var/lib/kubelet/kubeadm-flags.env', '/etc/default/kubelet']);
    expect(unit.execStart?.parts).toEqual([
      { variable: 'KUBELET_KUBECONFIG_ARGS' },
      { variable: 'KUBELET_CONFIG_ARGS' },
      { variable: 'KUBELET_KUBEADM_ARGS' },
      { variable: 'KUBELET_EXTRA_ARGS' },
    ]);
    const config = unit.variables.get('KUBELET_CONFIG_ARGS')?.args[0];
    expect(config?.text).toBe('--config=/var/lib/kubelet/config.yaml');
    expect(config && text(unit, config.node.range)).toBe('--config=/var/lib/kubelet/config.yaml');
  });

  it('reads an environment file, quoted or not, with continued lines', () => {
    const file = parseKubeletFlagsFile(
      `# /etc/default/kubelet\nexport KUBELET_EXTRA_ARGS=--node-ip=10.0.0.21\\\n  --max-pods=50\nOTHER='x y'\n`,
      'kubelet',
    );
    expect(file.variables.get('KUBELET_EXTRA_ARGS')?.args.map((a) => [a.text, text(file, a.node.range)])).toEqual([
      ['--node-ip=10.0.0.21', '--node-ip=10.0.0.21'],
      ['--max-pods=50', '--max-pods=50'],
    ]);
    expect(file.variables.get('OTHER')?.args.map((a) => a.text)).toEqual(['x', 'y']);
  });

  it('finds suppression comments', () => {
    const file = parseKubeletFlagsFile(
      `# stridebench:ignore KL004 legacy metrics scraper until Q3\nKUBELET_EXTRA_ARGS="--read-only-port=10255"\n`,
      'kubelet.env',
    );
    expect(file.suppressions.map((s) => [s.rules, s.reason])).toEqual([[['KL004'], 'legacy metrics scraper until Q3']]);
  });
});

describe('kubeletArgs', () => {
  it('expands the ExecStart with the variables of the unit and its environment files', () => {
    const unit = parseKubeletFlagsFile(DROP_IN, '10-kubeadm.conf');
    const env = parseKubeletFlagsFile(FLAGS_ENV, 'kubeadm-flags.env');
    const { args, unresolved } = kubeletArgs([env, unit]);
    expect(args.map((a) => a.text)).toEqual([
      '--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf',
      '--kubeconfig=/etc/kubernetes/kubelet.conf',
      '--config=/var/lib/kubelet/config.yaml',
      '--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock',
      '--pod-infra-container-image=registry.k8s.io/pause:3.10',
    ]);
    expect(args[3]?.node.file.uri).toBe('kubeadm-flags.env');
    expect(unresolved).toEqual(['KUBELET_EXTRA_ARGS']);
  });

  it('lets an environment file override Environment=, as systemd does', () => {
    const unit = parseKubeletFlagsFile(
      'Environment="KUBELET_EXTRA_ARGS=--read-only-port=10255"\nExecStart=/usr/bin/kubelet $KUBELET_EXTRA_ARGS\n',
      'kubelet.service',
    );
    const env = parseKubeletFlagsFile('KUBELET_EXTRA_ARGS=--read-only-port=0\n', 'kubelet');
    expect(parseFlags(kubeletArgs([unit, env]).args).get('read-only-port')?.value).toBe('0');
  });

  it('without an ExecStart, takes every *ARGS variable in order', () => {
    const env = parseKubeletFlagsFile(`${FLAGS_ENV}KUBELET_EXTRA_ARGS="--node-ip=10.0.0.21"\nPATH=/usr/bin\n`, 'x');
    expect(kubeletArgs([env]).args.map((a) => a.text.split('=')[0])).toEqual([
      '--container-runtime-endpoint',
      '--pod-infra-container-image',
      '--node-ip',
    ]);
  });
});
