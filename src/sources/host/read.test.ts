import { describe, expect, it } from 'vitest';
import { buildDaemonDoc } from '../daemon/doc.js';
import { parseDaemonJson } from '../daemon/json.js';
import type { ProcReader } from '../daemon/proc.js';
import { describedFs, parseHostDescription } from './describe.js';
import { type HostRole, readHost } from './read.js';

interface FakeProcess {
  argv: string[];
  ppid?: number;
  exe?: string;
  uid?: number;
  env?: Record<string, string>;
  mountinfo?: string;
}

function procs(table: Record<number, FakeProcess>): ProcReader {
  return {
    pids: () => Object.keys(table).map(Number),
    argv: (pid) => (typeof pid === 'number' ? table[pid]?.argv : undefined),
    exe: (pid) => table[pid]?.exe,
    read(pid, name) {
      const p = typeof pid === 'number' ? table[pid] : undefined;
      if (!p) return undefined;
      if (name === 'stat') return `${pid} (${p.argv[0]}) S ${p.ppid ?? 1} 0 0`;
      if (name === 'status') return `Name:\tx\nUid:\t${p.uid ?? 0}\t${p.uid ?? 0}\t${p.uid ?? 0}\t${p.uid ?? 0}\n`;
      if (name === 'environ')
        return Object.entries(p.env ?? {})
          .map(([k, v]) => `${k}=${v}\0`)
          .join('');
      if (name === 'mountinfo') return p.mountinfo;
      return undefined;
    },
  };
}

const paths = (doc: ReturnType<typeof readHost>, role: HostRole) => (doc.paths[role] ?? []).map((p) => p.path);

describe('readHost finds the paths the daemon really uses', () => {
  it('from a private dockerd: its socket, its own containerd, data root from docker info, binaries from /proc', () => {
    const fs = describedFs(
      parseHostDescription(`
files:
  /tmp/d/docker.sock: { type: socket, owner: root:docker }
  /tmp/d/exec/containerd/containerd.toml: { content: "version = 2\\n[grpc]\\n  address = \\"/tmp/d/exec/containerd/containerd.sock\\"\\n" }
  /tmp/d/exec/containerd/containerd.sock: { type: socket }
  /tmp/d/data: { type: dir, mode: '0710' }
  /usr/sbin/dockerd: { mode: '0755' }
  /usr/bin/containerd: { mode: '0755' }
  /lib/systemd/system/docker.service: {}
`),
    );
    const argv = [
      'dockerd',
      '--data-root',
      '/tmp/d/data',
      '--exec-root',
      '/tmp/d/exec',
      '-H',
      'unix:///tmp/d/docker.sock',
    ];
    const proc = procs({
      10: { argv, exe: '/usr/sbin/dockerd' },
      11: {
        argv: ['containerd', '--config', '/tmp/d/exec/containerd/containerd.toml', '--log-level', 'info'],
        ppid: 10,
        exe: '/usr/bin/containerd',
      },
    });
    const daemon = buildDaemonDoc({
      target: 't',
      command: { args: argv.slice(1).map((text) => ({ text })), from: '/proc/10/cmdline', pid: 10 },
      info: { DockerRootDir: '/tmp/d/data' },
    });
    const host = readHost({ daemon, fs, proc });
    expect(paths(host, 'docker.sock')).toEqual(['/tmp/d/docker.sock']);
    expect(host.paths['containerd.sock']?.[0]).toMatchObject({
      path: '/tmp/d/exec/containerd/containerd.sock',
      from: 'the containerd dockerd started (pid 11)',
      info: { type: 'socket' },
    });
    expect(paths(host, 'containerd-state')).toEqual(['/tmp/d/exec/containerd']);
    expect(paths(host, 'containerd-config')).toEqual(['/tmp/d/exec/containerd/containerd.toml']);
    expect(host.paths['data-root']?.[0]).toMatchObject({ path: '/tmp/d/data', from: 'docker info DockerRootDir' });
    expect(paths(host, 'dockerd')).toEqual(['/usr/sbin/dockerd']);
    expect(paths(host, 'containerd')).toEqual(['/usr/bin/containerd']);
    // the unit file exists, but no systemd runs it
    expect(host.notApplicable['docker.service']).toMatch(/systemd is not running/);
    expect(host.notApplicable['tls-ca']).toMatch(/does not use TLS/);
  });

  it('uses the system containerd when its socket exists, and the docker.socket listener for fd://', () => {
    const fs = describedFs(
      parseHostDescription(`
systemd: true
files:
  /run/containerd/containerd.sock: { type: socket }
  /lib/systemd/system/docker.socket: { content: "[Socket]\\nListenStream=/run/docker.sock\\nSocketMode=0660\\n" }
  /run/docker.sock: { type: socket, owner: root:docker }
`),
    );
    const daemon = buildDaemonDoc({ target: 't', command: { args: [{ text: '-H' }, { text: 'fd://' }], from: 'x' } });
    const host = readHost({ daemon, fs });
    expect(paths(host, 'containerd.sock')).toEqual(['/run/containerd/containerd.sock']);
    expect(paths(host, 'docker.sock')).toEqual(['/run/docker.sock']);
    expect(paths(host, 'docker.socket')).toEqual(['/lib/systemd/system/docker.socket']);
  });

  it('takes the TLS files daemon.json names, or ~/.docker of the daemon user with TLS on', () => {
    const fs = describedFs(parseHostDescription('files:\n  /root/.docker/ca.pem: {}\n'));
    const named = buildDaemonDoc({
      target: 't',
      json: parseDaemonJson('{ "tlsverify": true, "tlscacert": "/etc/docker/tls/ca.pem" }', '/etc/docker/daemon.json')
        .json,
    });
    const host = readHost({ daemon: named, fs });
    expect(paths(host, 'tls-ca')).toEqual(['/etc/docker/tls/ca.pem']);
    expect(paths(host, 'tls-key')).toEqual(['/root/.docker/key.pem']);
    expect(host.paths['daemon.json']?.[0]?.node?.range).toEqual([0, 1]);
  });

  it('puts a rootless daemon in its user directories, owned by that user', () => {
    const fs = describedFs(
      parseHostDescription(`
passwd: |
  root:x:0:0:root:/root:/bin/bash
  alice:x:1000:1000::/home/alice:/bin/bash
files:
  /run/user/1000/docker.sock: { type: socket, owner: '1000:1000' }
  /home/alice/.config/docker/daemon.json: { owner: '1000:1000', content: '{}' }
`),
    );
    const proc = procs({
      42: {
        argv: ['dockerd', '--rootless'],
        uid: 1000,
        env: { HOME: '/home/alice', XDG_RUNTIME_DIR: '/run/user/1000' },
      },
    });
    const daemon = buildDaemonDoc({
      target: 't',
      command: { args: [{ text: '--rootless' }], from: '/proc/42/cmdline', pid: 42 },
      info: { SecurityOptions: ['name=rootless'] },
    });
    const host = readHost({ daemon, fs, proc });
    expect(host.owner).toEqual({ uid: 1000, user: 'alice', rootless: true });
    expect(paths(host, 'docker.sock')).toEqual(['/run/user/1000/docker.sock']);
    expect(paths(host, 'daemon.json')).toEqual(['/home/alice/.config/docker/daemon.json']);
    expect(paths(host, 'data-root')).toEqual(['/home/alice/.local/share/docker']);
  });

  it('reads the audit rules files in augenrules order, or says there are none', () => {
    const fs = describedFs(
      parseHostDescription(`
files:
  /etc/audit/rules.d/10-base.rules: { content: "-D\\n-w /etc/passwd -k id\\n" }
  /etc/audit/rules.d/2-docker.rules: { content: "-w /usr/bin/dockerd -k docker\\n" }
`),
    );
    const daemon = buildDaemonDoc({ target: 't' });
    const audit = readHost({ daemon, fs }).audit;
    // natural order: 2-docker before 10-base, whose -D deletes the docker rule, as augenrules would
    expect(audit.origin === undefined ? [] : audit.watches.map((w) => w.path)).toEqual(['/etc/passwd']);
    expect(readHost({ daemon, fs: describedFs(parseHostDescription('{}')) }).audit).toMatchObject({
      reason: expect.stringMatching(/no audit rules are configured/),
    });
  });
});
