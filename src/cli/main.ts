// Only commander, io and small modules are imported statically: `stridebench --version` and `--help` must not pay
// for the model, the rules and the catalogue (a test checks it). Everything else is imported inside its action.
import { cp, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type Diagnostic, hasErrors } from '../core/diagnostics.js';
import { batched } from '../core/json-chunks.js';
import { SEVERITIES, type Severity } from '../core/severity.js';
import type { ResolvedModel } from '../model/model.js';
import type { ThreatReport } from '../stride/report.js';
import type { Baseline, GatedCommand, gate } from './baseline.js';
import type { Config } from './config.js';
import { registerDiagramCommand } from './diagram.js';
import { FORMATS, type Format } from './formats.js';
import { registerImageCommand } from './image.js';
import { ExitError, PACKAGE_ROOT, readProcessStdin, writeFileAtomic } from './io.js';
import type { RENDERERS } from './render.js';
import { registerServeCommand } from './serve.js';
import { colorEnabled } from './terminal.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;
const EXAMPLES = ['webapp', 'docker', 'kubernetes'] as const;
const DEFAULT_MODEL = '.';

export interface CliIo {
  readStdin: () => Promise<string>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Colour on standard output (a terminal, NO_COLOR unset); never used for --output files. */
  color: boolean;
  /** Standard error is a terminal: long audits may draw a progress bar there. Absent means no. */
  progress?: boolean;
  cwd: string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function failOnOption(description: string): Option {
  return new Option('--fail-on <severity>', `${description}; failOn in stridebench.yaml sets the default`)
    .choices([...SEVERITIES, 'none'])
    .default('none');
}

interface ReportOptions {
  format: Format;
  output?: string;
  failOn: string;
  baseline?: string;
  config?: string;
}

/** The options `threats`, `audit` and `check` share: what to print, where, and when to fail the build. */
function withReportOptions(command: Command, failOn: string): Command {
  return command
    .addOption(
      new Option('-f, --format <format>', 'output format; format in stridebench.yaml sets the default')
        .choices(FORMATS)
        .default('table'),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output (never coloured)')
    .addOption(failOnOption(failOn))
    .option('--baseline <file>', 'a previous --format json output of this command: only what is new fails --fail-on')
    .option('--config <file>', 'configuration file (default: ./stridebench.yaml if present; none for no file)');
}

interface ReportSettings {
  format: Format;
  output?: string;
  threshold?: Severity;
  config?: Config;
  baseline?: Baseline;
}

/** Flags given on the command line win over the configuration file, which wins over the defaults. */
async function reportSettings(
  io: CliIo,
  command: GatedCommand,
  cmd: Command,
  opts: ReportOptions,
): Promise<ReportSettings> {
  const fromCli = (key: string) => {
    const source = cmd.getOptionValueSource(key);
    return source !== undefined && source !== 'default';
  };
  const { loadConfig } = await import('./config.js');
  const loaded = await loadConfig({ cwd: io.cwd, path: opts.config, today: today() });
  if (loaded.errors.length > 0 || loaded.warnings.length > 0)
    await printDiagnostics(io, [...loaded.errors, ...loaded.warnings]);
  if (loaded.errors.length > 0) throw new ExitError('', EXIT.usage);
  const config = loaded.value;
  const format = fromCli('format') ? opts.format : (config?.format ?? opts.format);
  const failOn = fromCli('failOn') ? opts.failOn : (config?.failOn ?? opts.failOn);
  let baseline: ReportSettings['baseline'];
  if (opts.baseline !== undefined) {
    const { BaselineError, readBaseline } = await import('./baseline.js');
    try {
      baseline = await readBaseline(opts.baseline, io.cwd, command);
    } catch (err) {
      if (err instanceof BaselineError) throw new ExitError(err.message, EXIT.usage);
      throw err;
    }
  }
  return {
    format,
    ...(opts.output !== undefined ? { output: opts.output } : {}),
    ...(failOn !== 'none' ? { threshold: failOn as Severity } : {}),
    ...(config ? { config } : {}),
    ...(baseline ? { baseline } : {}),
  };
}

const GATED: Record<GatedCommand, string> = {
  threats: 'open threats',
  check: 'unmitigated threats',
  audit: 'unsuppressed findings',
};

/**
 * Renders a report in the chosen format, marks what is new since the baseline (JSON and table only, so the
 * default output stays as it was), writes it, and returns the error that --fail-on calls for, if any.
 */
async function emitReport<C extends GatedCommand>(
  io: CliIo,
  command: C,
  s: ReportSettings,
  subject: Parameters<(typeof RENDERERS)[C][Format]>[0],
  gated: Parameters<typeof gate>[1],
): Promise<ExitError | undefined> {
  const { render } = await import('./render.js');
  let text = await render(command, s.format, subject, {
    color: io.color && s.output === undefined,
    cwd: io.cwd,
    toolVersion: VERSION,
  });
  // Only the baseline's additions need the report as one string; a large audit is otherwise written in pieces.
  if (typeof text !== 'string' && s.baseline !== undefined) text = [...text].join('');
  let hits = 0;
  if (s.threshold !== undefined || s.baseline !== undefined) {
    const { baselineText, gate, withBaselineJson } = await import('./baseline.js');
    const result = gate(command, gated, s.threshold, s.baseline);
    hits = result.hits;
    if (typeof text === 'string' && result.fresh && s.format === 'json') text = withBaselineJson(text, result.fresh);
    if (typeof text === 'string' && result.fresh && s.format === 'table')
      text += `\n${baselineText(result.fresh, GATED[command])}`;
  }
  await emit(io, text, s.output);
  if (hits === 0) return undefined;
  const fresh = s.baseline ? ` not in the baseline ${s.baseline.uri}` : '';
  return new ExitError(`${hits} ${GATED[command]} at or above ${s.threshold}${fresh}`, EXIT.findings);
}

async function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): Promise<void> {
  const { renderDiagnosticsText } = await import('../report/text.js');
  io.stderr(`${renderDiagnosticsText(diagnostics, { color: io.color })}\n`);
}

async function emit(io: CliIo, text: string | Iterable<string>, output: string | undefined): Promise<void> {
  if (output) await writeFileAtomic(resolve(io.cwd, output), text);
  else if (typeof text === 'string') io.stdout(text);
  else for (const piece of batched(text)) io.stdout(piece);
}

async function loadReport(
  modelPath: string,
  io: CliIo,
): Promise<{ report: ThreatReport; model?: ResolvedModel; failed: boolean }> {
  const { loadModelFile } = await import('../model/load.js');
  const { model, diagnostics } = await loadModelFile(modelPath, { today: today(), cwd: io.cwd });
  if (!model) return { report: { threats: [], attackers: [], diagnostics }, failed: true };
  const { analyzeModel } = await import('../stride/report.js');
  const report = analyzeModel(model, { today: today() });
  report.diagnostics = [...diagnostics, ...report.diagnostics];
  return { report, model, failed: hasErrors(report.diagnostics) };
}

export function buildProgram(io: CliIo): Command {
  const program = new Command('stridebench')
    .description('STRIDE threat models for Docker and Kubernetes systems, checked against the real configuration')
    .version(VERSION, '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError();

  withReportOptions(
    program
      .command('threats')
      .description('what could go wrong: generate the STRIDE threats and attacker profiles of a threat model')
      .argument('[model]', 'threat model file, or a directory holding threatmodel.yaml', DEFAULT_MODEL),
    'exit 1 when an open threat is at or above this severity',
  ).action(async (modelPath: string, opts: ReportOptions, cmd: Command) => {
    const s = await reportSettings(io, 'threats', cmd, opts);
    const { report, model, failed } = await loadReport(modelPath, io);
    if (failed && s.format === 'table') {
      await printDiagnostics(io, report.diagnostics);
      throw new ExitError('', EXIT.usage);
    }
    const gateError = await emitReport(io, 'threats', s, { report, model }, { threats: report.threats });
    if (failed) throw new ExitError('', EXIT.usage);
    if (gateError) throw gateError;
  });

  withReportOptions(
    program
      .command('check')
      .description(
        'the whole loop: threats, audit of the linked artifacts, each threat verified from evidence, the plan',
      )
      .argument('[model]', 'threat model file, or a directory holding threatmodel.yaml', DEFAULT_MODEL),
    'exit 1 when an unmitigated threat (a mitigating control seen failing) is at or above this severity',
  ).action(async (modelPath: string, opts: ReportOptions, cmd: Command) => {
    const s = await reportSettings(io, 'check', cmd, opts);
    const { loadModelFile } = await import('../model/load.js');
    const { model, diagnostics } = await loadModelFile(modelPath, { today: today(), cwd: io.cwd });
    if (!model) {
      if (s.format === 'json') await emit(io, `${JSON.stringify({ threats: [], diagnostics }, null, 2)}\n`, s.output);
      else await printDiagnostics(io, diagnostics);
      throw new ExitError('', EXIT.usage);
    }
    const { checkModel } = await import('../link/check.js');
    const report = await checkModel(model, {
      cwd: io.cwd,
      today: today(),
      audit: {
        options: { trustedRegistries: s.config?.trustedRegistries },
        ignores: s.config?.ignores ?? [],
      },
    });
    report.diagnostics = [...diagnostics, ...report.diagnostics];
    const gateError = await emitReport(io, 'check', s, { report, model }, { threats: report.threats });
    if (hasErrors(report.diagnostics)) throw new ExitError('', EXIT.usage);
    if (gateError) throw gateError;
  });

  program
    .command('validate')
    .description('check a threat model and report every problem with its file:line:column')
    .argument('[model]', 'threat model file, or a directory holding threatmodel.yaml', DEFAULT_MODEL)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (modelPath: string, opts: { format: string }) => {
      const { report, failed } = await loadReport(modelPath, io);
      const { renderDiagnosticsText } = await import('../report/text.js');
      if (opts.format === 'json')
        io.stdout(`${JSON.stringify({ valid: !failed, diagnostics: report.diagnostics }, null, 2)}\n`);
      else if (report.diagnostics.length > 0)
        io.stdout(`${renderDiagnosticsText(report.diagnostics, { color: io.color })}\n`);
      else
        io.stdout(
          `${modelPath}: valid (${report.model?.components ?? 0} components, ${report.model?.flows ?? 0} flows)\n`,
        );
      if (failed) throw new ExitError('', EXIT.usage);
    });

  program
    .command('init')
    .description('write a threat model to start from: a bundled example, or one inferred from compose or Kubernetes')
    .argument('[dir]', 'directory to write threatmodel.yaml into', '.')
    .addOption(new Option('--example <name>', 'bundled example').choices([...EXAMPLES]).conflicts('from'))
    .option('--from <input>', 'infer the model from a compose file, Kubernetes manifests (file or dir), - for stdin')
    .option('--force', 'overwrite an existing threatmodel.yaml (with --from: infer afresh, dropping your edits)')
    .action(async (dir: string, opts: { example?: string; from?: string; force?: boolean }) => {
      if (opts.from !== undefined) {
        const { initFrom } = await import('./init-from.js');
        return initFrom(io, dir, { from: opts.from, force: opts.force }, EXIT);
      }
      if (!opts.example) throw new ExitError('init: give --example <name> or --from <input>', EXIT.usage);
      const target = join(resolve(io.cwd, dir), 'threatmodel.yaml');
      if (!opts.force && (await exists(target))) {
        throw new ExitError(`${relative(io.cwd, target)} exists; use --force to overwrite it`, EXIT.usage);
      }
      const source = join(PACKAGE_ROOT, 'examples', opts.example, 'threatmodel.yaml');
      const schema = join(PACKAGE_ROOT, 'schema', 'threat-model.schema.json');
      const text = (await readFile(source, 'utf8')).replace(
        /^# yaml-language-server: \$schema=.*$/m,
        `# yaml-language-server: $schema=${relative(resolve(io.cwd, dir), schema)}`,
      );
      await mkdir(dirname(target), { recursive: true });
      // The artifacts the example links (compose files, Dockerfiles, manifests) come along, so `check` works on it;
      // files already there are kept unless --force.
      await cp(dirname(source), dirname(target), {
        recursive: true,
        force: opts.force === true,
        filter: (p) => p !== source,
      });
      await writeFileAtomic(target, text);
      io.stdout(`wrote ${relative(io.cwd, target) || target} (the ${opts.example} example)\n`);
    });

  withReportOptions(
    program
      .command('audit')
      .description(
        'audit Dockerfiles, image archives, compose files, Kubernetes manifests, control-plane and kubelet configuration, a live cluster (--kube) or Docker engine and its host (--docker)',
      )
      .argument('[paths...]', 'files or directories to audit; - reads standard input (none needed with --kube)'),
    'exit 1 when an unsuppressed finding is at or above this severity',
  )
    .option('--kube [context]', 'audit the live cluster of the current kubeconfig context, or of <context>')
    .option('--kubeconfig <file>', 'kubeconfig for --kube (default: $KUBECONFIG, then ~/.kube/config)')
    .option('--kube-timeout <seconds>', 'with --kube, give up on an API request after this long', Number, 30)
    .option(
      '--trusted-registry <registry...>',
      'registries base images may come from (enables DF trusted-registry checks)',
    )
    .option(
      '--max-image-bytes <bytes>',
      'stop reading an image archive after decompressing this much (default 16G)',
      parseSize,
    )
    .option('--max-image-ratio <ratio>', 'stop on a gzip stream that expands more than this (default 200)', Number)
    .option(
      '--docker [endpoint]',
      'audit a live Docker engine: unix:///path or tcp://host:port with TLS (default: $DOCKER_HOST, then /var/run/docker.sock)',
    )
    .option('--docker-timeout <seconds>', 'with --docker, give up on an Engine API request after this long', Number, 30)
    .option('--tlscacert <file>', 'with --docker tcp://: the CA that signed the daemon certificate')
    .option('--tlscert <file>', 'with --docker tcp://: the client certificate')
    .option('--tlskey <file>', 'with --docker tcp://: the client key')
    .option(
      '--image <name>',
      'with --docker: audit this engine image in full, layers too, through docker save (repeatable)',
      collect,
      [],
    )
    .option(
      '--include-container <pattern>',
      'with --docker: only containers and images whose name matches this glob (repeatable)',
      collect,
      [],
    )
    .option(
      '--exclude-container <pattern>',
      'with --docker: leave out containers and images whose name matches this glob (repeatable)',
      collect,
      [],
    )
    .addOption(
      new Option(
        '--level <level>',
        'CIS profile level: 1 keeps Level 1 controls (and their rules) only; level in stridebench.yaml sets the default',
      ).choices(['1', '2']),
    )
    .option(
      '--include <ids>',
      'only these CIS controls or rules: 5.4, 5 (a section), 1.1 (1.1.x), RT001; comma-separated, repeatable',
      collectList,
      [],
    )
    .option('--exclude <ids>', 'leave out these CIS controls or rules (same forms as --include)', collectList, [])
    .option(
      '--host-root <dir>',
      "where the Docker host's / is mounted (when run from a container); without --docker, audit that host's daemon configuration and files",
    )
    .option(
      '--trusted-docker-user <user...>',
      'users trusted to control the Docker daemon; other members of its group are reported (CIS 1.1.2)',
    )
    .option('--auditctl <file>', 'output of `auditctl -l` on the Docker host (default: its audit rules files)')
    .option(
      '--workers <n>',
      'worker threads that read, parse and audit files (1: none, all in this thread; default: one per core but one, fewer for a few files)',
      parseWorkers,
    )
    .action(
      async (
        paths: string[],
        opts: {
          workers?: number;
          docker?: string | boolean;
          dockerTimeout: number;
          tlscacert?: string;
          tlscert?: string;
          tlskey?: string;
          image: string[];
          includeContainer: string[];
          excludeContainer: string[];
          level?: string;
          include: string[];
          exclude: string[];
          hostRoot?: string;
          trustedDockerUser?: string[];
          auditctl?: string;
          format: Format;
          output?: string;
          failOn: string;
          baseline?: string;
          config?: string;
          kube?: string | boolean;
          kubeconfig?: string;
          kubeTimeout: number;
          trustedRegistry?: string[];
          maxImageBytes?: number;
          maxImageRatio?: number;
        },
        cmd: Command,
      ) => {
        // --image names an engine image: it implies --docker (the default endpoint).
        const docker = opts.docker ?? (opts.image.length > 0 ? true : undefined);
        if (paths.length === 0 && opts.kube === undefined && docker === undefined && opts.hostRoot === undefined)
          throw new ExitError(
            'audit: name files or directories, - for standard input, --kube, --docker or --host-root',
            EXIT.usage,
          );
        const s = await reportSettings(io, 'audit', cmd, opts);
        // The config file fills in what the command line leaves out.
        opts.trustedRegistry ??= s.config?.trustedRegistries;
        if (opts.level === undefined && s.config?.level !== undefined) opts.level = String(s.config.level);
        const hostRoot = opts.hostRoot === undefined ? '/' : resolve(io.cwd, opts.hostRoot);
        let auditctl: string | undefined;
        if (opts.auditctl !== undefined) {
          try {
            auditctl = await readFile(resolve(io.cwd, opts.auditctl), 'utf8');
          } catch (err) {
            throw new ExitError(`--auditctl ${opts.auditctl}: ${(err as Error).message}`, EXIT.usage);
          }
        }
        const daemonOptions = {
          trustedRegistries: opts.trustedRegistry,
          trustedDockerUsers: opts.trustedDockerUser,
          ...(auditctl !== undefined ? { auditctl } : {}),
        };
        if (!(opts.dockerTimeout > 0)) throw new ExitError('--docker-timeout: a number of seconds above 0', EXIT.usage);
        if (!(opts.kubeTimeout > 0)) throw new ExitError('--kube-timeout: a number of seconds above 0', EXIT.usage);
        const { audit } = await import('../rules/audit-run.js');
        const stdin = paths.includes('-') ? await io.readStdin() : undefined;
        const { progressBar } = await import('./terminal.js');
        const progress = progressBar(io.stderr, { enabled: io.progress === true });
        let result = await audit({
          paths,
          stdin,
          cwd: io.cwd,
          options: { trustedRegistries: opts.trustedRegistry },
          imageLimits: { maxBytes: opts.maxImageBytes, maxRatio: opts.maxImageRatio },
          onProgress: progress.update,
          workers: opts.workers,
        }).finally(progress.end);
        if (opts.kube !== undefined) {
          // Loaded only for --kube: the Kubernetes client is slow to import.
          const { appendAuditResult, auditCluster } = await import('../sources/cluster/index.js');
          const live = await auditCluster(
            {
              context: typeof opts.kube === 'string' ? opts.kube : undefined,
              kubeconfig: opts.kubeconfig === undefined ? undefined : resolve(io.cwd, opts.kubeconfig),
              timeoutMs: opts.kubeTimeout * 1000,
            },
            { trustedRegistries: opts.trustedRegistry },
          );
          appendAuditResult(result, live);
        }
        let engineAudited = false;
        if (docker !== undefined) {
          const { auditEngine } = await import('../rules/engine/live.js');
          const engine = await auditEngine(
            {
              host: typeof docker === 'string' ? docker : undefined,
              tlsCaCert: opts.tlscacert,
              tlsCert: opts.tlscert,
              tlsKey: opts.tlskey,
              cwd: io.cwd,
              timeoutMs: opts.dockerTimeout * 1000,
              names: { include: opts.includeContainer, exclude: opts.excludeContainer },
              fullImages: opts.image,
              imageLimits: { maxBytes: opts.maxImageBytes, maxRatio: opts.maxImageRatio },
            },
            { trustedRegistries: opts.trustedRegistry },
          );
          result.findings.push(...engine.findings);
          result.checks.push(...engine.checks);
          result.inputs.push(...engine.inputs);
          result.diagnostics.push(...engine.diagnostics);
          engineAudited = engine.inputs.length > 0;
          if (engine.snapshot) {
            // The daemon (CIS 2) and its host's files (CIS 1, 3), judged with what the engine itself reported.
            const { auditDaemon } = await import('../rules/daemon/audit.js');
            const daemon = await auditDaemon(
              {
                info: engine.snapshot.info,
                bridge: engine.snapshot.bridge ?? null,
                endpoint: engine.snapshot.endpoint,
              },
              hostRoot,
              daemonOptions,
            );
            result.findings.push(...daemon.findings);
            result.checks.push(...daemon.checks);
            result.inputs.push(...daemon.inputs);
            result.diagnostics.push(...daemon.diagnostics);
          }
        }
        if (docker === undefined && opts.hostRoot !== undefined) {
          // A Docker host's file system on its own (a mounted disk, the host seen from a container): the daemon
          // configuration it holds and its files, at the paths that configuration names.
          const { auditDaemon } = await import('../rules/daemon/audit.js');
          const host = await auditDaemon({}, hostRoot, daemonOptions);
          result.findings.push(...host.findings);
          result.checks.push(...host.checks);
          result.inputs.push(...host.inputs);
          result.diagnostics.push(...host.diagnostics);
        }
        if (s.config && s.config.ignores.length > 0) {
          // Before the benchmark view, which counts open findings: an ignored finding leaves its control passing.
          const { applyIgnores } = await import('../rules/ignore.js');
          applyIgnores(result, s.config.ignores);
        }
        const scope = {
          level: opts.level === undefined ? undefined : (Number(opts.level) as 1 | 2),
          include: opts.include,
          exclude: opts.exclude,
          ...(docker !== undefined ? { framework: 'cis-docker-1.6.0' as const } : {}),
        };
        if (scope.level !== undefined || scope.include.length > 0 || scope.exclude.length > 0 || engineAudited) {
          const { benchmarkResult, scopeAudit } = await import('../rules/engine/benchmark.js');
          result = scopeAudit(result, scope);
          // The CIS Docker view comes with an engine audit; files alone keep the plain list of checks.
          if (engineAudited) result.benchmark = benchmarkResult(result, 'cis-docker-1.6.0', scope);
        }
        const gateError = await emitReport(io, 'audit', s, result, { findings: result.findings });
        if (result.checks.some((c) => c.state === 'error')) throw new ExitError('', EXIT.internal);
        if (hasErrors(result.diagnostics)) throw new ExitError('', EXIT.usage);
        if (gateError) throw gateError;
      },
    );

  registerImageCommand(program, io, EXIT);
  registerDiagramCommand(program, io, EXIT);
  registerServeCommand(program, io, EXIT);

  program
    .command('rules')
    .description('list the audit rules with their benchmark sections and the equivalent rules of other tools')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { format: string }) => {
      const { AUDIT_RULES } = await import('../rules/index.js');
      const rows = AUDIT_RULES.map((r) => ({
        id: r.id,
        name: r.name,
        source: r.source,
        title: r.meta.title,
        severity: r.meta.severity,
        stride: r.meta.stride,
        frameworks: r.meta.frameworks,
        aliases: r.meta.aliases,
      }));
      if (opts.format === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      else
        io.stdout(
          `${rows
            .map(
              (r) =>
                `${r.id.padEnd(7)} ${r.source.padEnd(11)} ${r.severity.padEnd(8)} ${r.title}  ${Object.entries(
                  r.frameworks,
                )
                  .map(([f, s]) => `${f} ${(s ?? []).join(',')}`)
                  .join(' ')}`,
            )
            .join('\n')}\n`,
        );
    });

  program
    .command('controls')
    .description('list the controls: CIS Docker and Kubernetes Benchmark sections and design mitigations')
    .addOption(
      new Option('--level <level>', 'only controls of this CIS profile level (1 includes only Level 1)').choices([
        '1',
        '2',
      ]),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { level?: string; format: string }) => {
      const { controlsWithRules } = await import('../rules/controls.js');
      const controls = controlsWithRules().filter(
        (c) => !opts.level || (c.benchmark && c.benchmark.level <= Number(opts.level)),
      );
      if (opts.format === 'json') io.stdout(`${JSON.stringify(controls, null, 2)}\n`);
      else
        io.stdout(
          `${controls
            .map((c) => {
              const b = c.benchmark;
              const tag = b ? `L${b.level} ${b.assessment === 'manual' ? 'manual   ' : 'automated'}` : 'design      ';
              return `${c.id.padEnd(30)} ${tag} ${c.title}${c.rules.length ? `  [${c.rules.join(', ')}]` : ''}`;
            })
            .join('\n')}\n`,
        );
    });

  program
    .command('schema')
    .description('print the JSON Schema of the threat model format')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(async (opts: { output?: string }) => {
      const { threatModelJsonSchema } = await import('../model/schema.js');
      await emit(io, `${JSON.stringify(threatModelJsonSchema(), null, 2)}\n`, opts.output);
    });

  program
    .command('explain')
    .description('show a threat rule or a control by its id')
    .argument('<id>', 'threat rule id (T-WEB-001) or control id (cis-docker-1.6.0:5.5, design:tls)')
    .action(async (id: string) => {
      const { THREAT_RULES } = await import('../stride/rules/index.js');
      const rule = THREAT_RULES.find((r) => r.id === id || r.name === id);
      if (rule) {
        // Rule pages are generated from the rule and its examples and ship beside them.
        const page = join(PACKAGE_ROOT, 'src', 'stride', 'rules', domainOf(rule.id), rule.name, 'README.md');
        const { renderThreatRuleDoc } = await import('../stride/rule-docs.js');
        io.stdout(await readFile(page, 'utf8').catch(() => renderThreatRuleDoc(rule, [])));
        return;
      }
      const { findAuditRule } = await import('../rules/index.js');
      const auditRule = findAuditRule(id);
      if (auditRule) {
        const page = join(PACKAGE_ROOT, 'src', 'rules', auditRule.source, auditRule.name, 'README.md');
        io.stdout(
          await readFile(page, 'utf8').catch(
            () => `# ${auditRule.id} ${auditRule.name}\n\n${auditRule.meta.description}\n`,
          ),
        );
        return;
      }
      const { findControl } = await import('../catalogue/index.js');
      const control = findControl(id);
      if (control) {
        const lines = [`# ${control.id} ${control.title}`, ''];
        if (control.benchmark) {
          const b = control.benchmark;
          lines.push(`${b.name} ${b.version} §${b.section}, Level ${b.level}, ${b.assessment}`, '');
        }
        lines.push(`STRIDE: ${control.stride.join(', ')}`, `Protects: ${control.techs.join(', ')}`, '');
        lines.push(`Remediation: ${control.remediation}`, '');
        const mitigates = THREAT_RULES.filter((r) => r.mitigations.includes(control.id));
        if (mitigates.length) lines.push('Mitigates:', ...mitigates.map((r) => `- ${r.id} ${r.name}`), '');
        io.stdout(`${lines.join('\n')}`);
        return;
      }
      throw new ExitError(`no threat rule or control with id "${id}"`, EXIT.usage);
    });

  return program;
}

/** For repeatable, comma-separated options: `--include 5.4,5.5 --include RT001`. */
function collectList(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** For repeatable options: `--image a --image b`. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--workers 4`: a whole number of threads, at least 1. */
function parseWorkers(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of workers, 1 or more');
  return n;
}

/** `512M`, `16G`, `1048576`: a byte count for the image limits. */
function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMGT]?)i?B?$/i.exec(text.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 512M or 16G');
  return Math.round(Number(m[1]) * 1024 ** ' KMGT'.indexOf((m[2] || ' ').toUpperCase()));
}

function domainOf(ruleId: string): string {
  const prefix = ruleId.split('-')[1];
  return { GEN: 'generic', WEB: 'web', DKR: 'docker', K8S: 'kubernetes' }[prefix ?? ''] ?? 'generic';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

const VERSION: string = JSON.parse(
  await readFile(join(PACKAGE_ROOT, 'package.json'), 'utf8').catch(() => '{"version":"0.0.0"}'),
).version;

/** The real process's streams: what bin/ uses. */
export function processIo(): CliIo {
  // `stridebench audit . | head`: a reader that goes away is not a crash; what is left to write goes nowhere.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  return {
    readStdin: readProcessStdin,
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    color: colorEnabled(process.env, Boolean(process.stdout.isTTY)),
    progress: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb',
    cwd: process.cwd(),
  };
}

/** Runs the CLI and returns the exit code. Never calls process.exit; bin/ does. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof ExitError) {
      if (err.message) io.stderr(`${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    io.stderr(
      `stridebench: internal error: ${(err as Error)?.stack ?? String(err)}\nThis is a bug in stridebench; please report it with the command you ran.\n`,
    );
    return EXIT.internal;
  }
}
