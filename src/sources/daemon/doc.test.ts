import { describe, expect, it } from 'vitest';
import { buildDaemonDoc } from './doc.js';
import { parseDaemonJson } from './json.js';
import { boolSetting, describeSetting, listSetting, stringSetting } from './settings.js';

const json = (text: string) => parseDaemonJson(text, '/etc/docker/daemon.json');
const args = (...a: string[]) => ({ args: a.map((text) => ({ text })), from: '/proc/1/cmdline' });

describe('daemon.json', () => {
  it('reports what dockerd refuses: bad JSON, a top level that is not an object, a value of the wrong type', () => {
    expect(json('{ "icc": false, }').diagnostics.map((d) => d.code)).toContain('daemon-config-invalid');
    expect(json('[]').diagnostics.map((d) => d.message)).toEqual([
      '/etc/docker/daemon.json: the top level is not a JSON object; dockerd refuses to start with it',
    ]);
    const wrong = json('{\n  "icc": "false"\n}');
    expect(wrong.diagnostics.map((d) => [d.message, d.location?.startLine, d.location?.startColumn])).toEqual([
      ['/etc/docker/daemon.json: "icc" must be true or false, not "false"; dockerd refuses to start with it', 2, 3],
    ]);
    expect(json('').diagnostics).toEqual([]);
  });
});

describe('buildDaemonDoc', () => {
  it('reports a setting given both as a flag and in daemon.json: an error, or a warning for a running daemon', () => {
    const j = json('{\n  "hosts": ["unix:///var/run/docker.sock"],\n  "icc": true\n}').json;
    const stopped = buildDaemonDoc({ target: 't', command: args('-H', 'fd://'), json: j });
    expect(stopped.diagnostics.map((d) => [d.code, d.severity, d.location?.startLine])).toEqual([
      ['daemon-config-conflict', 'error', 2],
    ]);
    expect(stopped.diagnostics[0]?.message).toMatch(/"hosts" is set both here and as -H fd:\/\//);
    const running = buildDaemonDoc({ target: 't', command: args('-H', 'fd://'), json: j, info: {} });
    expect(running.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('recognises rootless mode from docker info or --rootless', () => {
    expect(buildDaemonDoc({ target: 't', info: { SecurityOptions: ['name=rootless'] } }).rootless).toBe(true);
    expect(buildDaemonDoc({ target: 't', command: args('--rootless') }).rootless).toBe(true);
    expect(buildDaemonDoc({ target: 't', command: args() }).rootless).toBe(false);
  });
});

describe('settings', () => {
  it('take the flag, else daemon.json, else what the running daemon reports, else the default', () => {
    const j = json('{ "live-restore": true, "log-level": "warn" }').json;
    const doc = buildDaemonDoc({ target: 't', command: args('--log-level=error'), json: j });
    expect(stringSetting(doc, 'log-level', 'info')).toMatchObject({ from: 'flag', value: 'error' });
    expect(boolSetting(doc, 'live-restore', false)).toMatchObject({ from: 'file', value: true });
    expect(boolSetting(doc, 'icc', true)).toMatchObject({ from: 'default', value: true });
    const live = buildDaemonDoc({ target: 't', command: args(), info: { ExperimentalBuild: true } });
    const experimental = boolSetting(live, 'experimental', false, (i) => i.ExperimentalBuild as boolean | undefined);
    expect(experimental).toMatchObject({ from: 'info', value: true });
  });

  it('say when the running daemon differs from its configuration (changed since it started)', () => {
    const doc = buildDaemonDoc({
      target: 't',
      json: json('{ "live-restore": true }').json,
      info: { LiveRestoreEnabled: false },
    });
    const s = boolSetting(doc, 'live-restore', false, (i) => i.LiveRestoreEnabled as boolean);
    expect(s).toMatchObject({ from: 'file', value: false });
    if (s.from === 'unknown') throw new Error('unexpected');
    expect(describeSetting(s)).toBe('"live-restore": true, but the running daemon has false');
  });

  it('are unknown, with the reason, when the command line is not known and daemon.json does not set them', () => {
    const doc = buildDaemonDoc({ target: 't', json: json('{ "icc": false }').json, unknownBecause: 'no /proc' });
    expect(boolSetting(doc, 'icc', true)).toMatchObject({ from: 'file', value: false });
    expect(boolSetting(doc, 'userland-proxy', true)).toEqual({ from: 'unknown', reason: 'no /proc' });
  });

  it('list every element with where it is written', () => {
    const doc = buildDaemonDoc({ target: 't', json: json('{ "insecure-registries": ["a:5000", "b:5000"] }').json });
    const s = listSetting(doc, 'insecure-registries');
    if (s.from === 'unknown') throw new Error('unexpected');
    expect(s.value.map((i) => [i.text, i.where.node?.range])).toEqual([
      ['a:5000', [26, 34]],
      ['b:5000', [36, 44]],
    ]);
  });
});
