// Test helpers for engine rules (not part of the build): a snapshot from a few inspect fields, and ESLint-style
// cases that name the expected finding by its logical location.
import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../sources/engine/snapshot.js';
import type { AuditRule } from '../rule.js';
import { auditEngineSnapshot } from './audit.js';

type Obj = Record<string, unknown>;

/** A container as `docker inspect` shows one made by `docker create <image>`, with `fields` merged in. */
export function container(name: string, fields: { HostConfig?: Obj; Config?: Obj; State?: Obj } & Obj = {}): Obj {
  const { HostConfig = {}, Config = {}, State = {}, ...rest } = fields;
  return {
    Id: `${name.padEnd(12, '0')}`,
    Name: `/${name}`,
    State: { Status: 'created', Running: false, ...State },
    AppArmorProfile: '',
    ExecIDs: null,
    HostConfig: {
      NetworkMode: 'default',
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      CapAdd: null,
      CapDrop: null,
      IpcMode: 'private',
      PidMode: '',
      Privileged: false,
      ReadonlyRootfs: false,
      SecurityOpt: null,
      UTSMode: '',
      UsernsMode: '',
      CpuShares: 0,
      Memory: 0,
      NanoCpus: 0,
      CgroupParent: '',
      Devices: [],
      PidsLimit: null,
      ...HostConfig,
    },
    Mounts: [],
    Config: { User: '', Env: null, Cmd: ['/bin/sleep', '3600'], Image: 'app:1', ...Config },
    ...rest,
  };
}

export function snapshot(
  fields: Omit<Partial<EngineSnapshot>, 'containers'> & { containers?: Obj[] } = {},
): EngineSnapshot {
  const { containers = [], ...rest } = fields;
  return {
    endpoint: 'unix:///var/run/docker.sock',
    version: { Version: '28.2.2', ApiVersion: '1.47', Components: [] },
    info: { SecurityOptions: ['name=seccomp,profile=builtin'], Swarm: { LocalNodeState: 'inactive' } },
    images: [],
    client: { contentTrust: '1' },
    ...rest,
    containers: containers.map((inspect) => ({ inspect })),
  };
}

export interface EngineCase {
  name: string;
  snapshot: EngineSnapshot;
}

export interface ExpectedEngineError {
  messageId: string;
  /** The logical location: `container web HostConfig.Privileged`, `daemon Swarm.LocalNodeState`. */
  at: string;
}

/**
 * Runs one engine rule over cases. Valid cases must pass (or be skipped when `skipped` says so); invalid cases
 * must give exactly the listed findings, each at its logical location.
 */
export function testEngineRule<M extends string>(
  rule: AuditRule<never, M>,
  cases: {
    valid: (EngineCase & { skipped?: boolean; manual?: boolean })[];
    invalid: (EngineCase & { errors: ExpectedEngineError[] })[];
  },
): void {
  const run = (s: EngineSnapshot) => {
    const all = auditEngineSnapshot(s);
    return {
      findings: all.findings.filter((f) => f.ruleId === rule.id),
      checks: all.checks.filter((c) => c.ruleId === rule.id),
    };
  };
  describe(`${rule.id} ${rule.name}`, () => {
    for (const c of cases.valid)
      it(`passes: ${c.name}`, () => {
        const r = run(c.snapshot);
        expect(r.findings).toEqual([]);
        expect(r.checks.map((x) => x.state)).toEqual([c.skipped ? 'skipped' : c.manual ? 'manual' : 'pass']);
      });
    for (const c of cases.invalid)
      it(`fails: ${c.name}`, () => {
        for (const e of c.errors) expect(Object.keys(rule.messages)).toContain(e.messageId);
        const r = run(c.snapshot);
        expect(
          r.findings.map((f) => ({
            messageId: Object.entries(rule.messages).find(([, t]) => matches(t as string, f.message))?.[0],
            at: [f.logicalLocation?.kind, f.logicalLocation?.name, f.logicalLocation?.path].filter(Boolean).join(' '),
          })),
        ).toEqual(c.errors);
        expect(r.checks.map((x) => x.state)).toEqual(['fail']);
      });
  });
}

/** Whether a message came from a template (`{{x}}` matches anything). */
function matches(template: string, message: string): boolean {
  const parts = template.split(/\{\{\w+\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`).test(message);
}
