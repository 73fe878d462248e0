import { posix } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Finding } from '../../core/finding.js';
import type { SourceNode } from '../../core/location.js';
import {
  type BridgeNetwork,
  buildDaemonDoc,
  type DaemonDoc,
  type DockerdArg,
  type DockerdCommandFile,
  type DockerInfo,
  dockerdArgs,
  findDockerd,
  looksLikeDockerdCommand,
  type ProcReader,
  parseDaemonJson,
  parseDockerdArgs,
  parseDockerdCommandFile,
  procReader,
} from '../../sources/daemon/index.js';
import type { DaemonJson } from '../../sources/daemon/json.js';
import {
  describedFs,
  diskFs,
  type HostDoc,
  type HostFs,
  parseHostDescription,
  readHost,
} from '../../sources/host/index.js';
import { daemonUser } from '../../sources/host/read.js';
import { dropIns, systemdRunning, unitFile } from '../../sources/host/units.js';
import type { AuditResult } from '../audit.js';
import { auditRulesFor } from '../index.js';
import type { AuditOptions } from '../rule.js';
import { runRules } from '../run.js';

/**
 * What the engine side knows of a live daemon. Everything is optional: what is missing is looked for on the host
 * (the command line in /proc, daemon.json where `--config-file` says), and what cannot be found is reported as
 * unknown, never assumed.
 */
export interface DaemonFacts {
  /** `GET /info` (`docker info --format '{{json .}}'`). */
  info?: DockerInfo;
  /** `GET /networks/bridge`; `null` when the daemon has no default bridge (the request answered 404). */
  bridge?: BridgeNetwork | null;
  /** dockerd's argv, program first (`['dockerd', '-H', 'fd://']`); found in /proc for a local engine when absent. */
  cmdline?: readonly string[];
  /** daemon.json as read, with its path; read from `--config-file` (default /etc/docker/daemon.json) when absent. */
  daemonJson?: { path: string; text: string };
  /** The endpoint the engine answered on (`unix:///run/docker.sock`): picks the dockerd process that serves it. */
  endpoint?: string;
  /** How the engine is named in the results (default: the endpoint, else `dockerd`). */
  target?: string;
}

/** Where the host is read from. */
export interface HostEnvironment {
  fs: HostFs;
  /** The host's processes; absent for a host file system without a live /proc (a mounted disk, an example). */
  proc?: ProcReader;
  /** `auditctl -l` output, preferred to the audit rules files. */
  auditctl?: { text: string; origin: string };
  /** The daemon's mount table, instead of reading it from `proc`. */
  mountinfo?: { text: string; origin: string };
}

export interface DaemonAuditOptions extends AuditOptions {
  /** `auditctl -l` output (the loaded audit rules). */
  auditctl?: string;
}

/**
 * Audits a live Docker daemon (CIS Docker section 2) and the host it runs on (sections 1 and 3): the command line,
 * daemon.json and `docker info` merged as dockerd merges them, and the host files at the paths that daemon really
 * uses. `hostRoot` is where the host's `/` is mounted (`/` unless run from a container with the host mounted).
 */
export async function auditDaemon(
  facts: DaemonFacts,
  hostRoot = '/',
  options: DaemonAuditOptions = {},
): Promise<AuditResult> {
  const fs = diskFs(hostRoot);
  // The host's processes: its /proc; for a host mounted elsewhere, the /proc mounted with it (`-v /:/host` with
  // `--pid=host`), else this namespace's only when an engine was reached (it is then most likely local). Processes
  // of another machine's namespace must not stand for the audited host's.
  const proc =
    hostRoot === '/'
      ? procReader('/proc')
      : fs.lstat('/proc/self')
        ? procReader(posix.join(hostRoot, 'proc'))
        : facts.endpoint
          ? procReader('/proc')
          : undefined;
  const env: HostEnvironment = {
    fs,
    ...(proc ? { proc } : {}),
    ...(options.auditctl !== undefined ? { auditctl: { text: options.auditctl, origin: 'auditctl -l' } } : {}),
  };
  if (hostRoot !== '/' && !fs.lstat('/')) {
    return {
      findings: [],
      checks: [],
      inputs: [],
      diagnostics: [
        {
          code: 'host-root-unreadable',
          severity: 'error',
          message: `--host-root ${hostRoot}: not a readable directory`,
        },
      ],
    };
  }
  return auditDaemonOn(facts, env, options);
}

/** The same audit on any host file system and process table (a live host, or one described in YAML). */
export function auditDaemonOn(facts: DaemonFacts, env: HostEnvironment, options: AuditOptions = {}): AuditResult {
  const diagnostics: Diagnostic[] = [];
  const { fs, proc } = env;
  const target = facts.target ?? facts.endpoint ?? 'dockerd';
  const dataRoot = typeof facts.info?.DockerRootDir === 'string' ? facts.info.DockerRootDir : undefined;

  let command: { args: DockerdArg[]; from: string; pid?: number; node?: SourceNode } | undefined;
  let unknownBecause: string | undefined;
  if (facts.cmdline) {
    command = { args: facts.cmdline.slice(1).map((text) => ({ text })), from: 'the dockerd command line given' };
  } else {
    const local = !facts.endpoint || facts.endpoint.startsWith('unix://') || facts.endpoint.startsWith('/');
    const found = proc
      ? findDockerd(proc, {
          endpoint: facts.endpoint,
          dataRoot,
          hostsFromConfig: (argv) => configHosts(fs, argv),
        })
      : { reason: 'no process table to look in' };
    if ('process' in found) {
      command = {
        args: found.process.argv.slice(1).map((text) => ({ text })),
        from: `/proc/${found.process.pid}/cmdline`,
        pid: found.process.pid,
      };
    } else {
      const fromFiles = local ? commandFromHostFiles(fs) : undefined;
      if (fromFiles) command = fromFiles;
      else {
        unknownBecause = `dockerd's command line is not known (${found.reason}), and daemon.json does not set it`;
        diagnostics.push({
          code: 'daemon-command-unknown',
          severity: 'warning',
          message: `${target}: dockerd's command line was not found (${found.reason}); settings that only a flag could give are reported as unknown`,
        });
      }
    }
  }

  const rootless =
    (Array.isArray(facts.info?.SecurityOptions) && facts.info.SecurityOptions.includes('name=rootless')) ||
    (command ? parseDockerdArgs(command.args).get('rootless')?.value === 'true' : false);
  let json: DaemonJson | undefined;
  if (facts.daemonJson) {
    const parsed = parseDaemonJson(facts.daemonJson.text, facts.daemonJson.path);
    json = parsed.json;
    diagnostics.push(...parsed.diagnostics);
  } else {
    const configFlag = command ? parseDockerdArgs(command.args).get('config-file')?.value : undefined;
    const user = daemonUser(fs, proc, command?.pid, rootless);
    const path =
      configFlag || (rootless ? posix.join(user.configHome, 'docker/daemon.json') : '/etc/docker/daemon.json');
    const text = fs.readFile(path);
    if (text !== undefined) {
      const parsed = parseDaemonJson(text, path);
      json = parsed.json;
      diagnostics.push(...parsed.diagnostics);
    } else if (fs.lstat(path)?.type === 'file') {
      diagnostics.push({
        code: 'file-unreadable',
        severity: 'warning',
        message: `${path}: daemon.json exists but cannot be read; settings it may hold are not seen`,
      });
      unknownBecause ??= `${path} cannot be read`;
    }
  }

  const doc = buildDaemonDoc({
    target,
    ...(command ? { command } : {}),
    ...(json ? { json } : {}),
    ...(facts.info ? { info: facts.info } : {}),
    ...(facts.bridge !== undefined ? { bridge: facts.bridge } : {}),
    ...(unknownBecause ? { unknownBecause } : {}),
  });
  const host = readHost({
    daemon: doc,
    fs,
    target: `host:${fs.root}`,
    ...(proc ? { proc } : {}),
    ...(env.auditctl ? { auditctl: env.auditctl } : {}),
    ...(env.mountinfo ? { mountinfo: env.mountinfo } : {}),
    ...(facts.endpoint ? { endpoint: facts.endpoint } : {}),
  });
  const daemon = auditDaemonDoc(doc, options);
  const hostResult = auditHostDoc(host, options);
  return {
    findings: [...daemon.findings, ...hostResult.findings],
    checks: [...daemon.checks, ...hostResult.checks],
    diagnostics: [...diagnostics, ...daemon.diagnostics, ...hostResult.diagnostics],
    inputs: [...daemon.inputs, ...hostResult.inputs],
  };
}

/** The daemon rules on one daemon. */
export function auditDaemonDoc(doc: DaemonDoc, options: AuditOptions = {}): AuditResult {
  const r = runRules(auditRulesFor('daemon'), { doc: doc as never, target: doc.target }, options);
  return {
    findings: r.findings.sort(byRule),
    checks: r.checks,
    diagnostics: [...doc.diagnostics, ...r.diagnostics],
    inputs: [{ target: doc.target, kind: 'daemon' }],
  };
}

/** The host rules on one host. */
export function auditHostDoc(doc: HostDoc, options: AuditOptions = {}): AuditResult {
  const r = runRules(auditRulesFor('host'), { doc: doc as never, target: doc.target }, options);
  return {
    findings: r.findings.sort(byRule),
    checks: r.checks,
    diagnostics: [...doc.diagnostics, ...r.diagnostics],
    inputs: [{ target: doc.target, kind: 'host' }],
  };
}

function byRule(a: Finding, b: Finding): number {
  return (
    a.ruleId.localeCompare(b.ruleId) ||
    (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
    (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0) ||
    (a.logicalLocation?.name ?? '').localeCompare(b.logicalLocation?.name ?? '') ||
    a.message.localeCompare(b.message)
  );
}

/** The `hosts` of the daemon.json a dockerd command line reads, for telling its sockets. */
function configHosts(fs: HostFs, argv: readonly string[]): string[] | undefined {
  const path =
    parseDockerdArgs(argv.slice(1).map((text) => ({ text }))).get('config-file')?.value || '/etc/docker/daemon.json';
  const text = fs.readFile(path);
  if (!text) return undefined;
  try {
    const hosts = (JSON.parse(text) as { hosts?: unknown }).hosts;
    return Array.isArray(hosts) ? hosts.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * dockerd's command line as the host's files would start it when no process shows it: the docker.service unit with
 * its drop-ins and environment files under systemd, else the init script's DOCKER_OPTS / OPTIONS.
 */
function commandFromHostFiles(fs: HostFs): { args: DockerdArg[]; from: string; node?: SourceNode } | undefined {
  const files: DockerdCommandFile[] = [];
  let from: string | undefined;
  if (systemdRunning(fs)) {
    const unit = unitFile(fs, 'docker.service');
    if (unit && !unit.masked) {
      for (const path of [unit.path, ...dropIns(fs, 'docker.service')]) {
        const text = fs.readFile(path);
        if (text !== undefined) files.push(parseDockerdCommandFile(text, path));
      }
      for (const f of [...files]) {
        for (const envFile of f.environmentFiles) {
          const text = fs.readFile(envFile);
          if (text !== undefined) files.push(parseDockerdCommandFile(text, envFile));
        }
      }
      from = `the ExecStart of ${unit.path}`;
    }
  } else if (fs.lstat('/etc/init.d/docker')) {
    for (const path of ['/etc/default/docker', '/etc/sysconfig/docker']) {
      const text = fs.readFile(path);
      if (text !== undefined) files.push(parseDockerdCommandFile(text, path));
    }
    from = 'the init script options in /etc/default/docker or /etc/sysconfig/docker';
  }
  if (files.length === 0 || !from) return undefined;
  const args = dockerdArgs(files);
  if (!args.found) return undefined;
  return { args: args.args, from, ...(args.node ? { node: args.node } : {}) };
}

/**
 * Audits daemon configuration files given as inputs: daemon.json files and files holding dockerd's command line (a
 * docker.service unit and its drop-ins, a copy of /proc/<pid>/cmdline, /etc/default/docker). The command-line files
 * of a run describe one dockerd; with exactly one daemon.json they are merged as dockerd merges them, else each
 * daemon.json is judged alone, with dockerd's defaults for what it does not set.
 */
export function auditDaemonFiles(
  files: readonly { text: string; target: string }[],
  options: AuditOptions = {},
): AuditResult {
  const isJson = (f: { text: string; target: string }) =>
    /\.json$/i.test(f.target) || (!looksLikeDockerdCommand(f.text) && /^\s*\{/.test(f.text));
  const jsons = files.filter(isJson);
  const commands = files.filter((f) => !isJson(f));
  const results: AuditResult[] = [];
  let command: { args: DockerdArg[]; from: string; node?: SourceNode } | undefined;
  const diagnostics: Diagnostic[] = [];
  if (commands.length > 0) {
    const parsed = commands.map((c) => parseDockerdCommandFile(c.text, c.target));
    const args = dockerdArgs(parsed);
    const primary = commands[0]?.target ?? '-';
    if (args.found)
      command = {
        args: args.args,
        from: commands.map((c) => c.target).join(', '),
        ...(args.node ? { node: args.node } : {}),
      };
    for (const name of args.unresolved)
      diagnostics.push({
        code: 'daemon-command-unknown',
        severity: 'warning',
        message: `${primary}: $${name} is not defined in the files audited with it; the dockerd flags it holds are not seen`,
      });
  }
  const merge = jsons.length <= 1;
  const docs: DaemonDoc[] = [];
  for (const j of jsons) {
    const parsed = parseDaemonJson(j.text, j.target);
    diagnostics.push(...parsed.diagnostics);
    docs.push(buildDaemonDoc({ target: j.target, json: parsed.json, ...(merge && command ? { command } : {}) }));
  }
  if (command && (!merge || jsons.length === 0))
    docs.push(buildDaemonDoc({ target: commands[0]?.target ?? '-', command }));
  for (const d of docs) results.push(auditDaemonDoc(d, options));
  return {
    findings: results.flatMap((r) => r.findings),
    checks: results.flatMap((r) => r.checks),
    diagnostics: [...diagnostics, ...results.flatMap((r) => r.diagnostics)],
    inputs: [...jsons, ...commands].map((f) => ({ target: f.target, kind: 'daemon' as const })),
  };
}

/** Audits a host described in YAML (a rule example): its daemon and its files, as a live host is audited. */
export function auditHostDescription(text: string, file: string, options: AuditOptions = {}): AuditResult {
  const d = parseHostDescription(text);
  const fs = describedFs(d);
  return auditDaemonOn(
    {
      ...(d.info ? { info: d.info } : {}),
      ...(d.bridge !== undefined ? { bridge: d.bridge } : {}),
      // A description without a command line stands for a daemon started with no flags.
      cmdline: d.dockerd ?? ['dockerd'],
      target: file,
    },
    {
      fs,
      ...(d.auditctl !== undefined ? { auditctl: { text: d.auditctl, origin: 'auditctl -l' } } : {}),
      ...(d.mountinfo !== undefined ? { mountinfo: { text: d.mountinfo, origin: 'mountinfo' } } : {}),
    },
    options,
  );
}
