import { describe, expect, it } from 'vitest';
import { controlPlaneDoc } from '../controlplane/index.js';
import { parseKubernetes } from '../kubernetes/parse.js';
import { parseKubeletFlagsFile } from './flags-file.js';
import { KUBELET_SETTINGS, kubeletFromFiles, kubeletsFromKubernetes, parseDuration, resolveSetting } from './index.js';

const CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication:
  anonymous:
    enabled: true
readOnlyPort: 0
`;
const config = () =>
  kubeletsFromKubernetes(parseKubernetes(CONFIG, 'config.yaml'), controlPlaneDoc(parseKubernetes('', 'x')))[0];
const flagsFile = (args: string) => parseKubeletFlagsFile(`KUBELET_KUBEADM_ARGS="${args}"\n`, 'kubeadm-flags.env');

describe('resolveSetting', () => {
  it('reads the config file, with the v1beta1 defaults for what it does not set', () => {
    const k = config();
    if (!k) throw new Error('no kubelet');
    expect(resolveSetting(k, KUBELET_SETTINGS.anonymousAuth)).toMatchObject({
      from: 'config',
      value: true,
      written: 'authentication.anonymous.enabled: true',
    });
    expect(resolveSetting(k, KUBELET_SETTINGS.authorizationMode)).toMatchObject({
      from: 'default',
      value: 'Webhook',
      name: 'authorization.mode',
    });
    // a flag-only setting cannot be known from a config file alone
    expect(resolveSetting(k, KUBELET_SETTINGS.hostnameOverride).from).toBe('unknown');
  });

  it('uses the legacy flag defaults for a kubelet started without a config file', () => {
    const unit = parseKubeletFlagsFile('ExecStart=/usr/bin/kubelet --node-ip=10.0.0.21\n', 'kubelet.service');
    const { kubelet } = kubeletFromFiles([unit], undefined);
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.anonymousAuth)).toMatchObject({ from: 'default', value: true });
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.authorizationMode)).toMatchObject({ value: 'AlwaysAllow' });
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.readOnlyPort)).toMatchObject({ value: 10255 });
  });

  it('lets a flag override the config file', () => {
    const configObject = parseKubernetes(CONFIG, 'config.yaml').objects[0];
    const { kubelet } = kubeletFromFiles(
      [flagsFile('--config=/var/lib/kubelet/config.yaml --anonymous-auth=false --read-only-port=10255')],
      configObject,
    );
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.anonymousAuth)).toMatchObject({ from: 'flag', value: false });
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.readOnlyPort)).toMatchObject({ from: 'flag', value: 10255 });
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.authorizationMode)).toMatchObject({
      from: 'default',
      value: 'Webhook',
    });
  });

  it('does not assume what the part of the command line it has not seen sets', () => {
    const { kubelet } = kubeletFromFiles([flagsFile('--read-only-port=0')], undefined);
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.readOnlyPort)).toMatchObject({ from: 'flag', value: 0 });
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.anonymousAuth)).toEqual({
      from: 'unknown',
      reason: 'the kubelet unit that gives the rest of its command line is not part of this input',
    });
  });

  it('does not assume anything about a config file it has not seen', () => {
    const { kubelet, diagnostics } = kubeletFromFiles(
      [flagsFile('--config=/var/lib/kubelet/config.yaml --read-only-port=0')],
      undefined,
    );
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.anonymousAuth)).toEqual({
      from: 'unknown',
      reason: 'it is read from /var/lib/kubelet/config.yaml, which is not part of this input',
    });
    expect(resolveSetting(kubelet, KUBELET_SETTINGS.readOnlyPort)).toMatchObject({ from: 'flag', value: 0 });
    expect(diagnostics.map((d) => [d.code, d.location?.startColumn])).toEqual([['kubelet-config-not-audited', 23]]);
  });
});

describe('parseDuration', () => {
  it('reads Go durations in milliseconds', () => {
    expect(['4h0m0s', '5m', '1m30s', '0', '0s', '250ms'].map(parseDuration)).toEqual([
      14_400_000, 300_000, 90_000, 0, 0, 250,
    ]);
    expect(['1', 'soon', ''].map(parseDuration)).toEqual([undefined, undefined, undefined]);
  });
});
