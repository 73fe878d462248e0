import { describe, expect, it } from 'vitest';
import type { SourceNode } from '../../core/location.js';
import { nameMatcher } from './read.js';
import { daemonDefaults, type MappedContainer, mapContainer } from './runtime.js';

const inspect = (HostConfig: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) => ({
  inspect: {
    Id: 'abc',
    Name: '/web',
    AppArmorProfile: '',
    HostConfig: {
      Privileged: false,
      Memory: 0,
      PidsLimit: null,
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      ...HostConfig,
    },
    Mounts: [],
    Config: { User: '', Image: 'app:1' },
    ...rest,
  },
});
const daemon = daemonDefaults({ SecurityOptions: ['name=seccomp,profile=builtin', 'name=apparmor'] });
const path = (m: MappedContainer, node: SourceNode | undefined) =>
  node ? m.locate(node.file.location(node.range))?.path : undefined;

describe('mapContainer', () => {
  it('points each setting at its inspect field', () => {
    const m = mapContainer(inspect({ CapAdd: ['CAP_NET_RAW'], PidMode: 'host' }), daemon);
    expect(m.runtime.capAdd.map((c) => c.value)).toEqual(['NET_RAW']);
    expect(path(m, m.runtime.capAdd[0]?.node)).toBe('HostConfig.CapAdd[0]');
    expect(path(m, m.runtime.hostPid?.node)).toBe('HostConfig.PidMode');
    expect(path(m, m.runtime.memoryLimit?.node)).toBe('HostConfig.Memory');
    expect(m.locate(m.runtime.node.file.location(m.runtime.node.range))).toEqual({ kind: 'container', name: 'web' });
  });

  it('takes an empty Config.User as root: the image user is already merged in', () => {
    const m = mapContainer(inspect(), daemon);
    expect(m.runtime.runAsUser?.value).toBe(0);
    expect(mapContainer(inspect({}, { Config: { User: 'app:1000' } }), daemon).runtime.runAsUser).toBeUndefined();
  });

  it('holds what privileged turns off: seccomp and the device cgroup', () => {
    const m = mapContainer(inspect({ Privileged: true, SecurityOpt: ['label=disable'] }), daemon);
    expect(m.runtime.seccomp?.value).toBe('unconfined');
    expect(path(m, m.runtime.seccomp?.node)).toBe('HostConfig.Privileged');
    expect(m.runtime.devices.map((d) => d.value)).toEqual(['every host device (privileged: no device cgroup)']);
    expect(m.runtime.selinux?.value).toBe('disable');
  });

  it("applies the daemon's unconfined seccomp default to containers that name no profile", () => {
    const unconfined = daemonDefaults({ SecurityOptions: ['name=seccomp,profile=unconfined'] });
    expect(mapContainer(inspect(), unconfined).runtime.seccomp?.value).toBe('unconfined');
    expect(mapContainer(inspect(), daemon).runtime.seccomp).toBeUndefined();
  });

  it('reads security options, ports, restart policy and health check', () => {
    const m = mapContainer(
      inspect(
        {
          SecurityOpt: ['no-new-privileges:true', 'apparmor=unconfined', 'systempaths=unconfined'],
          PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] },
          RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
          CpuShares: 1024,
        },
        { Config: { User: '1000', Healthcheck: { Test: ['NONE'] } } },
      ),
      daemon,
    );
    expect(m.runtime.noNewPrivileges?.value).toBe(true);
    expect(m.runtime.apparmor?.value).toBe('unconfined');
    expect(m.runtime.procMount?.value).toBe('Unmasked');
    expect(m.runtime.ports).toMatchObject([{ containerPort: 80, hostPort: 8080, protocol: 'tcp' }]);
    expect(m.runtime.ports[0]?.hostIp).toBeUndefined();
    expect(m.runtime.restartMaxRetries?.value).toBe(3);
    expect(m.runtime.healthcheck?.value).toBe(false);
    // 1024 is Docker's default weight: no CPU priority was set.
    expect(m.runtime.cpuRequest?.value).toBe(0);
  });
});

describe('nameMatcher', () => {
  it('keeps names an include glob matches and no exclude glob does', () => {
    const keep = nameMatcher({ include: ['web-*', 'db'], exclude: ['*-old'] });
    expect(keep(['web-1'])).toBe(true);
    expect(keep(['db'])).toBe(true);
    expect(keep(['dbx'])).toBe(false);
    expect(keep(['web-old'])).toBe(false);
    expect(nameMatcher({})(['anything'])).toBe(true);
  });
});
