import { describe, expect, it } from 'vitest';
import { dockerdArgs, looksLikeDockerdCommand, parseDockerdCommandFile } from './cmdline.js';

const texts = (files: { text: string; uri: string }[]) =>
  dockerdArgs(files.map((f) => parseDockerdCommandFile(f.text, f.uri))).args.map((a) => a.text);

describe('dockerd command files', () => {
  it('reads a copy of /proc/<pid>/cmdline, with the offset of each argument', () => {
    const text = 'dockerd\0-H\0unix:///run/x.sock\0--icc=false\0';
    const args = dockerdArgs([parseDockerdCommandFile(text, 'cmdline')]).args;
    expect(args.map((a) => a.text)).toEqual(['-H', 'unix:///run/x.sock', '--icc=false']);
    expect(args[2]?.node?.range).toEqual([30, 41]);
    expect(looksLikeDockerdCommand(text)).toBe(true);
  });

  it('lets a drop-in replace the unit ExecStart (an empty ExecStart= resets it)', () => {
    const unit = '[Service]\nExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock\n';
    const dropIn = '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd -H unix:///srv/docker.sock --icc=false\n';
    expect(
      texts([
        { text: unit, uri: 'docker.service' },
        { text: dropIn, uri: 'override.conf' },
      ]),
    ).toEqual(['-H', 'unix:///srv/docker.sock', '--icc=false']);
  });

  it('expands $VARs from Environment= and from an environment file, the file winning', () => {
    const unit = [
      '[Service]',
      'Environment="DOCKER_OPTS=--log-level=debug"',
      'EnvironmentFile=-/etc/default/docker',
      'ExecStart=/usr/bin/dockerd -H fd:// $DOCKER_OPTS',
      '',
    ].join('\n');
    const env = 'DOCKER_OPTS="--icc=false --live-restore"\n';
    expect(texts([{ text: unit, uri: 'docker.service' }])).toEqual(['-H', 'fd://', '--log-level=debug']);
    expect(
      texts([
        { text: unit, uri: 'docker.service' },
        { text: env, uri: '/etc/default/docker' },
      ]),
    ).toEqual(['-H', 'fd://', '--icc=false', '--live-restore']);
  });

  it('reads DOCKER_OPTS alone (an init script) and a shell command line, with continuations', () => {
    expect(texts([{ text: '# options\nDOCKER_OPTS="-H tcp://0.0.0.0:2375"\n', uri: 'docker' }])).toEqual([
      '-H',
      'tcp://0.0.0.0:2375',
    ]);
    expect(
      texts([{ text: '/usr/bin/dockerd \\\n  --icc=false \\\n  --userns-remap=default\n', uri: 'ps.txt' }]),
    ).toEqual(['--icc=false', '--userns-remap=default']);
  });

  it('tells dockerd command lines from other files', () => {
    expect(looksLikeDockerdCommand('[Service]\nExecStart=/usr/bin/dockerd -H fd://\n')).toBe(true);
    expect(looksLikeDockerdCommand('DOCKER_OPTS="--icc=false"\n')).toBe(true);
    expect(looksLikeDockerdCommand('dockerd --icc=false\n')).toBe(true);
    expect(looksLikeDockerdCommand('{ "icc": false }')).toBe(false);
    expect(looksLikeDockerdCommand('[Service]\nExecStart=/usr/bin/kubelet\n')).toBe(false);
    expect(looksLikeDockerdCommand('dockerd: true\n')).toBe(false);
  });
});
