import { describe, expect, it } from 'vitest';
import { parseAuditRules, watchCovers } from './audit-rules.js';

describe('audit rules', () => {
  it('reads -w watches and -a rules with path= and dir=, applying -D and -W in order', () => {
    const w = parseAuditRules(
      [
        '-w /usr/bin/runc -p x -k docker',
        '-D',
        '## docker',
        '-w /usr/bin/dockerd -p rwxa -k docker  # the daemon',
        '-a always,exit -F path=/etc/docker/daemon.json -F perm=wa -k docker',
        '-a exit,always -F arch=b64 -F dir=/var/lib/docker -F perm=war -k docker',
        '-w /etc/docker -p wa',
        '-W /etc/docker',
      ].join('\n'),
      '/etc/audit/rules.d/docker.rules',
    );
    expect(w.map((x) => [x.kind, x.path, x.origin])).toEqual([
      ['watch', '/usr/bin/dockerd', '/etc/audit/rules.d/docker.rules:4'],
      ['path', '/etc/docker/daemon.json', '/etc/audit/rules.d/docker.rules:5'],
      ['dir', '/var/lib/docker', '/etc/audit/rules.d/docker.rules:6'],
    ]);
  });

  it('covers a file under a watched directory, but not under an exact path rule', () => {
    const [dir, exact] = parseAuditRules('-w /etc/docker -k d\n-a always,exit -F path=/etc/docker -k d', 'auditctl -l');
    if (!dir || !exact) throw new Error('parse');
    expect(watchCovers(dir, { path: '/etc/docker/daemon.json' })).toBe(true);
    expect(watchCovers(dir, { path: '/etc/dockerfile' })).toBe(false);
    expect(watchCovers(exact, { path: '/etc/docker/daemon.json' })).toBe(false);
  });

  it('compares paths with links followed (/var/run is /run)', () => {
    const [w] = parseAuditRules('-w /var/run/docker.sock -k docker', 'auditctl -l');
    if (!w) throw new Error('parse');
    w.real = '/run/docker.sock';
    expect(watchCovers(w, { path: '/run/docker.sock' })).toBe(true);
    expect(watchCovers({ ...w, real: undefined }, { path: '/var/run/docker.sock', real: '/run/docker.sock' })).toBe(
      true,
    );
  });
});
