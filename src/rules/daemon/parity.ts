import { CONTROLS, type Control, findControl } from '../../catalogue/index.js';
import { AUDIT_RULES } from '../index.js';
import type { AuditRule } from '../rule.js';

const FRAMEWORK = 'cis-docker-1.6.0';

/**
 * docker-bench-security v1.6 numbers three checks differently from the benchmark text: its 3.20 is the benchmark's
 * 3.21 (/etc/sysconfig/docker permissions), its 3.21 is 3.22 (/etc/sysconfig/docker ownership) and its 3.22 is 3.20
 * (/etc/default/docker permissions). Every other id is the benchmark's.
 */
export const DOCKER_BENCH_TO_CIS: Readonly<Record<string, string>> = { '3.20': '3.21', '3.21': '3.22', '3.22': '3.20' };

/** Where docker-bench v1.6 judges wrongly, by its check id (measured against a private-socket dockerd, issue 5). */
const DOCKER_BENCH_MISTAKES: Readonly<Record<string, string>> = {
  '1.1.1': "`mountpoint` succeeds on dockerd's bind mount of its data root onto itself: passes on any host",
  '1.1.5': 'looks at /var/lib/docker only: "not found" when the data root is elsewhere',
  '1.1.7': 'judges the unit file even when systemd does not run dockerd',
  '1.1.9': 'judges the unit file even when systemd does not run dockerd',
  '2.2': 'warns although `--bridge=none` leaves no default bridge',
  '2.13': 'warns on `json-file` only: `local` and `none` pass',
  '3.1': 'judges the unit file even when systemd does not run dockerd',
  '3.2': 'judges the unit file even when systemd does not run dockerd',
  '3.3': 'judges the unit file even when systemd does not run dockerd',
  '3.4': 'judges the unit file even when systemd does not run dockerd',
  '3.15': 'looks at /var/run/docker.sock only, whatever `-H` says',
  '3.16': 'looks at /var/run/docker.sock only, whatever `-H` says',
  '3.20': 'numbered 3.21 in the benchmark',
  '3.21': 'numbered 3.22 in the benchmark',
  '3.22': 'numbered 3.20 in the benchmark',
  '3.23': 'looks at /run/containerd/containerd.sock only, not the containerd dockerd uses',
  '3.24': 'looks at /run/containerd/containerd.sock only, not the containerd dockerd uses',
  '4.1': 'looks at running containers only (`docker ps` without `-a`)',
  '5.3': "counts Docker's own `label=disable` as an SELinux profile",
  '5.7': 'tests an exit code of 265, which cannot happen',
  '5.15': 'passes restart policy "no"',
  '5.22': 'passes `--privileged`, which disables seccomp',
};

/** Why a stridebench check leaves part of its judgement to a person, by CIS section. */
const PARTLY_MANUAL: Readonly<Record<string, string>> = {
  '1.1.2':
    'a verdict needs the trusted users (`--trusted-docker-user`); without them the members are given for a person to confirm, as docker-bench without `-u` does',
  '2.1': 'rootless mode passes; for a root daemon, whether rootless fits is left to a person ("if possible")',
  '2.8': 'an unlimited `nofile` or `nproc` default fails; other values are left to a person to judge',
  '2.17': '`unconfined` or no seccomp fails and a custom profile passes; the default profile is left to a person',
};

interface Row {
  dockerBench: string;
  control: Control;
  rules: AuditRule<never, string>[];
}

function sectionOrder(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function rulesFor(section: string): AuditRule<never, string>[] {
  return AUDIT_RULES.filter((r) => r.meta.frameworks[FRAMEWORK]?.includes(section)).sort((a, b) =>
    a.id.localeCompare(b.id),
  );
}

/** docker-bench's checks of sections 1 to 5, by its own ids, with the control each one really checks. */
export function dockerBenchRows(): Row[] {
  return CONTROLS.filter((c) => c.benchmark?.name === 'cis-docker' && c.benchmark.version === '1.6.0')
    .map((c) => c.benchmark?.section as string)
    .filter((s) => Number(s.split('.')[0]) <= 5)
    .sort(sectionOrder)
    .map((dockerBench) => {
      const section = DOCKER_BENCH_TO_CIS[dockerBench] ?? dockerBench;
      const control = findControl(`${FRAMEWORK}:${section}`) as Control;
      return { dockerBench, control, rules: rulesFor(section) };
    });
}

function state(row: Row): string {
  const section = row.control.benchmark?.section as string;
  if (row.rules.length === 0)
    return row.control.benchmark?.assessment === 'manual' ? 'manual: no rule, a person judges it' : 'missing';
  const why = PARTLY_MANUAL[section];
  if (row.control.benchmark?.assessment === 'manual')
    return `manual (CIS assesses it manually)${why ? `: ${why}` : ''}`;
  return why ? `automated; ${why}` : 'automated';
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function table(rows: readonly Row[]): string[] {
  const out = [
    '| docker-bench | CIS 1.6.0 | Recommendation | stridebench | State | docker-bench goes wrong |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const rules = r.rules.map((x) => `${x.id} (${x.source})`).join(', ') || '—';
    out.push(
      `| ${r.dockerBench} | ${r.control.benchmark?.section} | ${cell(r.control.title)} | ${rules} | ${cell(state(r))} | ${cell(DOCKER_BENCH_MISTAKES[r.dockerBench] ?? '')} |`,
    );
  }
  return out;
}

/** docs/docker-bench-parity.md, generated from the catalogue and the rules. */
export function renderDockerBenchParity(): string {
  const rows = dockerBenchRows();
  const automated = rows.filter((r) => r.control.benchmark?.assessment === 'automated');
  const manual = rows.filter((r) => r.control.benchmark?.assessment === 'manual');
  const covered = automated.filter((r) => r.rules.length > 0);
  const out = [
    '# docker-bench-security parity',
    '',
    '<!-- Generated by `npx tsx scripts/gen-parity.ts` from the CIS Docker 1.6.0 catalogue and the rules. Do not edit. -->',
    '',
    `docker-bench-security v1.6 runs ${automated.length} automated checks in sections 1 to 5 of CIS Docker 1.6.0; stridebench has a check with the same CIS id for ${covered.length} of them. Each row gives docker-bench's id, the benchmark section it really checks (they differ for 3.20 to 3.22), the stridebench rules that verify it, whether stridebench judges it automatically or leaves part to a person (and why), and where docker-bench judges wrongly.`,
    '',
    'Two differences hold for every row: stridebench reads the paths the daemon really uses (its `-H` sockets, its containerd, `--data-root` / `docker info` DockerRootDir, `--config-file`, the TLS files it names, systemd units only when systemd runs) where docker-bench uses fixed defaults, and it compares file modes bit by bit where docker-bench compares `stat -c %a` as a decimal number (so 0606 passes its `-le 644`). A file that does not exist is skipped with the reason, never passed.',
    '',
  ];
  for (const [n, title] of [
    [1, 'Host configuration'],
    [2, 'Docker daemon configuration'],
    [3, 'Docker daemon configuration files'],
    [4, 'Container images and build file'],
    [5, 'Container runtime'],
  ] as const) {
    const section = automated.filter((r) => r.dockerBench.split('.')[0] === String(n));
    out.push(`## ${n} ${title} (${section.length} automated)`, '', ...table(section), '');
  }
  out.push(
    `## Checks docker-bench runs as manual (${manual.length})`,
    '',
    'docker-bench prints these as INFO or NOTE without judging them; where stridebench has a rule, it says what the rule judges.',
    '',
    ...table(manual),
    '',
  );
  return `${out.join('\n').trimEnd()}\n`;
}
