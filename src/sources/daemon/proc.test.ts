import { describe, expect, it } from 'vitest';
import { findDockerd, type ProcReader } from './proc.js';

function procs(table: Record<number, string[]>): ProcReader {
  return {
    pids: () => Object.keys(table).map(Number),
    argv: (pid) => table[pid],
    read: () => undefined,
    exe: () => undefined,
  };
}

describe('findDockerd', () => {
  const table = {
    100: ['/usr/bin/dockerd', '-H', 'fd://', '--containerd=/run/containerd/containerd.sock'],
    200: ['dockerd', '--data-root', '/tmp/t/data', '-H', 'unix:///tmp/t/docker.sock'],
    300: ['/usr/bin/containerd'],
  };

  it('picks the dockerd listening on the endpoint', () => {
    expect(findDockerd(procs(table), { endpoint: 'unix:///tmp/t/docker.sock' })).toMatchObject({
      process: { pid: 200 },
    });
    // fd:// is socket activation on /run/docker.sock, which /var/run/docker.sock names through the /var/run link
    expect(findDockerd(procs(table), { endpoint: 'unix:///var/run/docker.sock' })).toMatchObject({
      process: { pid: 100 },
    });
  });

  it('checks the data root docker info reports', () => {
    const r = findDockerd(procs(table), { endpoint: 'unix:///tmp/t/docker.sock', dataRoot: '/var/lib/docker' });
    expect(r).toEqual({
      reason:
        'none of the 2 dockerd processes (pid 100, 200) listens on unix:///tmp/t/docker.sock with data root /var/lib/docker',
    });
  });

  it('reads the hosts of a dockerd without -H from its daemon.json', () => {
    const t = { 7: ['dockerd', '--config-file', '/srv/daemon.json'] };
    const hostsFromConfig = () => ['unix:///srv/docker.sock'];
    expect(findDockerd(procs(t), { endpoint: 'unix:///srv/docker.sock', hostsFromConfig })).toMatchObject({
      process: { pid: 7 },
    });
  });

  it('does not guess between several', () => {
    expect(findDockerd(procs(table), {})).toEqual({
      reason: '2 dockerd processes (pid 100, 200) could serve the engine; give the command line explicitly',
    });
    expect(findDockerd(procs({}), {})).toEqual({ reason: 'no dockerd process is visible in this PID namespace' });
  });
});
