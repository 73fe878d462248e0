import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { kindFromContent, kindFromName } from '../../sources/discover.js';
import { audit } from '../audit.js';
import { auditDaemonFiles, auditHostDescription } from './audit.js';

describe('daemon configuration files as inputs', () => {
  it('are recognised by name and by content', () => {
    expect(kindFromName('etc/docker/daemon.json')).toBe('daemon');
    expect(kindFromName('prod.daemon.json')).toBe('daemon');
    expect(kindFromName('lib/systemd/system/docker.service')).toBe('daemon');
    expect(kindFromName('etc/systemd/system/docker.service.d/override.conf')).toBe('daemon');
    expect(kindFromContent('[Service]\nExecStart=/usr/bin/dockerd -H fd://\n')).toBe('daemon');
    expect(kindFromContent('dockerd\0-H\0fd://\0')).toBe('daemon');
  });

  it('merge a unit and its daemon.json as dockerd does, and report a setting given in both', () => {
    const r = auditDaemonFiles([
      { target: 'docker.service', text: '[Service]\nExecStart=/usr/bin/dockerd -H fd:// --icc=false\n' },
      { target: 'daemon.json', text: '{\n  "icc": true,\n  "live-restore": true\n}\n' },
    ]);
    expect(r.inputs).toEqual([
      { target: 'daemon.json', kind: 'daemon' },
      { target: 'docker.service', kind: 'daemon' },
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location?.uri, d.location?.startLine])).toEqual([
      ['daemon-config-conflict', 'error', 'daemon.json', 2],
    ]);
    // the flag is what dockerd would have used
    expect(r.checks.find((c) => c.ruleId === 'DM002')?.state).toBe('pass');
    expect(r.checks.find((c) => c.ruleId === 'DM015')?.state).toBe('pass');
    const nnp = r.findings.find((f) => f.ruleId === 'DM014');
    expect(nnp?.location).toEqual({ uri: 'daemon.json', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
    expect(nnp?.logicalLocation).toEqual({ kind: 'daemon', name: 'dockerd', path: 'no-new-privileges' });
  });

  it('judge several daemon.json files each alone', () => {
    const r = auditDaemonFiles([
      { target: 'a/daemon.json', text: '{ "icc": false }' },
      { target: 'b/daemon.json', text: '{ "icc": true }' },
    ]);
    expect(r.checks.filter((c) => c.ruleId === 'DM002').map((c) => [c.target, c.state])).toEqual([
      ['a/daemon.json', 'pass'],
      ['b/daemon.json', 'fail'],
    ]);
  });

  it('are found in a directory and audited through `audit`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-daemon-files-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'docker.service.d'));
    writeFileSync(join(dir, 'daemon.json'), '{ "insecure-registries": ["r.example:5000"] }\n');
    writeFileSync(
      join(dir, 'docker.service.d', 'override.conf'),
      '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd --experimental\n',
    );
    const r = await audit({ paths: ['.'], cwd: dir });
    expect(r.inputs.map((i) => i.kind)).toEqual(['daemon', 'daemon']);
    expect(
      r.findings.filter((f) => ['DM005', 'DM018'].includes(f.ruleId)).map((f) => [f.ruleId, f.location?.uri]),
    ).toEqual([
      ['DM005', 'daemon.json'],
      ['DM018', 'docker.service.d/override.conf'],
    ]);
  });
});

describe('a described host', () => {
  it('ends every daemon and host rule in a state, and gives host findings logical locations', () => {
    const r = auditHostDescription("files:\n  /etc/docker/daemon.json: { mode: '0666', content: '{}' }\n", 'host.yaml');
    expect(r.checks.filter((c) => c.target === 'host.yaml')).toHaveLength(18);
    expect(r.checks.filter((c) => c.target === 'host:/')).toHaveLength(42);
    const mode = r.findings.find((f) => f.ruleId === 'HO036');
    expect(mode?.logicalLocation).toEqual({ kind: 'host', name: '/etc/docker/daemon.json', path: 'mode' });
    // daemon.json findings also point into the file
    expect(mode?.location?.uri).toBe('/etc/docker/daemon.json');
  });
});
