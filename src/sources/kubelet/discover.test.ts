import { describe, expect, it } from 'vitest';
import { kindFromContent, kindFromName } from '../discover.js';

describe('discovery of kubelet inputs', () => {
  it('knows the kubelet command-line files by name', () => {
    for (const path of [
      'var/lib/kubelet/kubeadm-flags.env',
      'etc/systemd/system/kubelet.service.d/10-kubeadm.conf',
      'usr/lib/systemd/system/kubelet.service.d/20-extra.conf',
      'lib/systemd/system/kubelet.service',
      'etc/default/kubelet',
      'etc/sysconfig/kubelet',
    ])
      expect(kindFromName(path), path).toBe('kubelet-flags');
    expect(kindFromName('usr/bin/kubelet')).toBeUndefined();
    // dockerd's drop-ins are the daemon's command line, not the kubelet's
    expect(kindFromName('etc/systemd/system/docker.service.d/10-proxy.conf')).toBe('daemon');
  });

  it('knows them by content when the name says nothing', () => {
    expect(kindFromContent('KUBELET_EXTRA_ARGS=--node-ip=10.0.0.21\n')).toBe('kubelet-flags');
    expect(
      kindFromContent('[Service]\nEnvironment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"\n'),
    ).toBe('kubelet-flags');
    expect(kindFromContent('[Service]\nExecStart=/usr/local/bin/kubelet --v=2\n')).toBe('kubelet-flags');
    expect(kindFromContent('apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n')).toBe('kubelet');
    expect(kindFromContent('[Service]\nExecStart=/usr/bin/dockerd -H fd://\n')).toBe('daemon');
  });
});
