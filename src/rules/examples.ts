import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildImageTar, parseImageDescription } from '../sources/image/build.js';
import { type AuditResult, auditText } from './audit.js';
import { auditHostDescription } from './daemon/audit.js';
import { auditImageBuffer } from './image/audit.js';
import type { AuditOptions, AuditRule, InputKind } from './rule.js';

/**
 * How each rule source keeps its examples: `bad.<ext>` must make the rule fail and `good.<ext>` must make it pass,
 * audited through the same pipeline users run. Runtime rules can show both a Kubernetes and a compose example.
 */
export const EXAMPLE_FORMATS: Record<
  string,
  { prefix: string; variants: { ext: string; kind: InputKind; lang: string }[] }
> = {
  dockerfile: { prefix: 'DF', variants: [{ ext: 'Dockerfile', kind: 'dockerfile', lang: 'dockerfile' }] },
  runtime: {
    prefix: 'RT',
    variants: [
      { ext: 'k8s.yaml', kind: 'kubernetes', lang: 'yaml' },
      { ext: 'compose.yaml', kind: 'compose', lang: 'yaml' },
    ],
  },
  kubernetes: { prefix: 'KS', variants: [{ ext: 'k8s.yaml', kind: 'kubernetes', lang: 'yaml' }] },
  compose: { prefix: 'CO', variants: [{ ext: 'compose.yaml', kind: 'compose', lang: 'yaml' }] },
  controlplane: { prefix: 'CP', variants: [{ ext: 'k8s.yaml', kind: 'kubernetes', lang: 'yaml' }] },
  // A kubelet setting is shown in the config file, or in a systemd drop-in where only a flag sets it.
  kubelet: {
    prefix: 'KL',
    variants: [
      { ext: 'kubelet.yaml', kind: 'kubelet', lang: 'yaml' },
      { ext: 'kubelet.conf', kind: 'kubelet-flags', lang: 'ini' },
    ],
  },
  // An image example is a YAML description that is built into a real archive before it is audited.
  image: { prefix: 'IM', variants: [{ ext: 'image.yaml', kind: 'image', lang: 'yaml' }] },
  // A daemon setting is shown in daemon.json, or in a described host (dockerd's flags, what docker info reports).
  daemon: {
    prefix: 'DM',
    variants: [
      { ext: 'daemon.json', kind: 'daemon', lang: 'json' },
      { ext: 'host.yaml', kind: 'host', lang: 'yaml' },
    ],
  },
  // A host example is a YAML description of its files (owners, modes), dockerd's command line, mounts, audit rules.
  host: { prefix: 'HO', variants: [{ ext: 'host.yaml', kind: 'host', lang: 'yaml' }] },
  // An engine example is a snapshot of a live engine (inspect answers, version, info) as JSON.
  engine: { prefix: 'EN', variants: [{ ext: 'engine.json', kind: 'engine', lang: 'json' }] },
};

export interface ExamplePair {
  kind: InputKind;
  lang: string;
  /** From the folder's `options.json`, for rules that only run when configured (e.g. trusted registries). */
  options?: AuditOptions;
  bad: { file: string; text: string };
  good: { file: string; text: string };
}

/** The example pairs present in a rule's folder. */
export function examplePairs(source: string, dir: string): ExamplePair[] {
  const format = EXAMPLE_FORMATS[source];
  if (!format) return [];
  const optionsFile = join(dir, 'options.json');
  const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as AuditOptions) : undefined;
  return format.variants.flatMap((v) => {
    const bad = join(dir, `bad.${v.ext}`);
    const good = join(dir, `good.${v.ext}`);
    if (!existsSync(bad) || !existsSync(good)) return [];
    return [
      {
        kind: v.kind,
        lang: v.lang,
        ...(options ? { options } : {}),
        bad: { file: `bad.${v.ext}`, text: readFileSync(bad, 'utf8') },
        good: { file: `good.${v.ext}`, text: readFileSync(good, 'utf8') },
      },
    ];
  });
}

/** The rule folders of each source under `root` (src/rules). */
export function ruleFolders(root: string): { source: string; name: string; dir: string }[] {
  return Object.keys(EXAMPLE_FORMATS).flatMap((source) =>
    existsSync(join(root, source))
      ? readdirSync(join(root, source), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => ({ source, name: e.name, dir: join(root, source, e.name) }))
      : [],
  );
}

/** Audits an example and keeps what one rule said about it. */
export async function runExample(
  rule: AuditRule<never, string>,
  text: string,
  file: string,
  kind: InputKind,
  options: AuditOptions = {},
): Promise<AuditResult> {
  const all =
    kind === 'image'
      ? await auditImageBuffer(await buildImageTar(parseImageDescription(text)), file)
      : kind === 'host'
        ? auditHostDescription(text, file, options)
        : auditText(text, file, kind, options);
  return {
    ...all,
    findings: all.findings.filter((f) => f.ruleId === rule.id),
    checks: all.checks.filter((c) => c.ruleId === rule.id),
  };
}
