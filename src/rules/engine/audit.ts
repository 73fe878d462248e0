import type { Finding, LogicalLocation } from '../../core/finding.js';
import type { Location } from '../../core/location.js';
import type { EngineDoc } from '../../sources/engine/doc.js';
import { engineImageDoc } from '../../sources/engine/image.js';
import { daemonDefaults, mapContainer, toLogical } from '../../sources/engine/runtime.js';
import type { EngineSnapshot } from '../../sources/engine/snapshot.js';
import type { RuntimeDoc } from '../../sources/runtime.js';
import type { AuditResult } from '../audit.js';
import { auditRulesFor } from '../index.js';
import type { AuditOptions } from '../rule.js';
import { runRules } from '../run.js';

export interface EngineAuditOptions {
  /** Images audited in full elsewhere (`--image`): their config and history are not audited a second time here. */
  skipImages?: ReadonlySet<string>;
}

/**
 * Audits an engine snapshot: the engine rules once over the whole engine (`engine:<endpoint>`), the runtime rules on
 * each container (`container:<name>`) and the image config and history rules on each image (`image:<ref>`). Every
 * finding has a logical location: the container or image and the inspect field (`HostConfig.Privileged`).
 */
export function auditEngineSnapshot(
  snapshot: EngineSnapshot,
  options: AuditOptions = {},
  engineOptions: EngineAuditOptions = {},
): AuditResult {
  const daemon = daemonDefaults(snapshot.info);
  const containers = snapshot.containers.map((c) => ({ container: c, ...mapContainer(c, daemon) }));
  const byUri = new Map(containers.map((m) => [m.file.uri, m]));
  const locate = (l: Location): LogicalLocation | undefined => byUri.get(l.uri)?.locate(l);
  const result: AuditResult = { findings: [], checks: [], diagnostics: [], inputs: [] };
  const add = (r: { findings: Finding[]; checks: AuditResult['checks']; diagnostics: AuditResult['diagnostics'] }) => {
    result.findings.push(...r.findings.map((f) => toLogical(f, locate)));
    result.checks.push(...r.checks);
    result.diagnostics.push(...r.diagnostics);
  };

  const target = `engine:${snapshot.endpoint}`;
  const doc: EngineDoc = { kind: 'engine', target, snapshot, daemon, containers, images: snapshot.images };
  add(runRules(auditRulesFor('engine'), { doc: doc as never, target }, options));
  result.inputs.push({ target, kind: 'engine' });

  const runtimeRules = auditRulesFor('runtime');
  for (const m of containers) {
    const runtimes: RuntimeDoc = { kind: 'runtime', target: m.file.uri, runtimes: [m.runtime] };
    add(runRules(runtimeRules, { doc: runtimes as never, target: m.file.uri, text: m.file.text }, options));
    result.inputs.push({ target: m.file.uri, kind: 'runtime' });
  }

  // Without the layers only the config and history rules can judge an image; the layer rules would pass unseen.
  const imageRules = auditRulesFor('image').filter((r) => /^(config|history)-/.test(r.name));
  for (const image of snapshot.images) {
    const imageDoc = engineImageDoc(image);
    if (engineOptions.skipImages?.has(imageDoc.uri)) continue;
    const imageTarget = `image:${imageDoc.uri}`;
    add(runRules(imageRules, { doc: imageDoc as never, target: imageTarget }, options));
    result.inputs.push({ target: imageTarget, kind: 'image' });
  }
  return result;
}

/** Audits a snapshot saved as JSON (`*.engine.json`): the rule examples, and engines read elsewhere. */
export function auditEngineText(text: string, target: string, options: AuditOptions = {}): AuditResult {
  let snapshot: EngineSnapshot;
  try {
    snapshot = JSON.parse(text) as EngineSnapshot;
    if (!snapshot || typeof snapshot !== 'object' || !Array.isArray(snapshot.containers)) throw new Error();
  } catch {
    return {
      findings: [],
      checks: [],
      inputs: [],
      diagnostics: [
        {
          code: 'invalid-value',
          severity: 'error',
          message: `${target}: not an engine snapshot (JSON with endpoint, containers and images)`,
          location: { uri: target, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
      ],
    };
  }
  return auditEngineSnapshot(
    {
      ...snapshot,
      endpoint: snapshot.endpoint || target,
      images: snapshot.images ?? [],
      client: snapshot.client ?? {},
    },
    options,
  );
}
