import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskFs, formatMode, resolvePath, statPath, walkFiles } from './fs.js';

describe('a host file system under a host root', () => {
  const root = mkdtempSync(join(tmpdir(), 'sb-hostfs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'run'), { recursive: true });
  mkdirSync(join(root, 'var'), { recursive: true });
  writeFileSync(join(root, 'run/docker.sock'), '');
  chmodSync(join(root, 'run/docker.sock'), 0o660);
  // an absolute link, as on every host: it must resolve inside the host root, not in the auditor's /
  symlinkSync('/run', join(root, 'var/run'));
  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
  mkdirSync(join(root, 'etc/docker/certs.d/r:5000'), { recursive: true });
  writeFileSync(join(root, 'etc/docker/certs.d/r:5000/ca.crt'), 'x');
  writeFileSync(join(root, 'etc/docker/certs.d/r:5000/client.key'), 'x');
  const fs = diskFs(root);

  it('follows absolute links from the host root', () => {
    expect(resolvePath(fs, '/var/run/docker.sock')).toBe('/run/docker.sock');
    expect(statPath(fs, '/var/run/docker.sock')?.info).toMatchObject({ type: 'file', mode: 0o660 });
  });

  it('gives up on a missing component or a loop', () => {
    expect(resolvePath(fs, '/var/run/nothing')).toBeUndefined();
    expect(resolvePath(fs, '/loop-a')).toBeUndefined();
  });

  it('lists files under a directory in order', () => {
    expect(walkFiles(fs, '/etc/docker/certs.d')).toEqual([
      '/etc/docker/certs.d/r:5000/ca.crt',
      '/etc/docker/certs.d/r:5000/client.key',
    ]);
  });

  it('writes modes as people do', () => {
    expect(formatMode(0o644)).toBe('0644');
    expect(formatMode(0o4755)).toBe('4755');
  });
});
