// What the engine rules share: the containers a check looks at and how findings name them. Private to
// src/rules/engine.
import type { EngineDoc } from '../../sources/engine/doc.js';
import type { RuleContext } from '../rule.js';

export type EngineContainerView = EngineDoc['containers'][number];

/** The engine's containers; when it has none the rule does not apply (`skipped`), never a silent pass. */
export function containersOf(ctx: RuleContext<string>, doc: EngineDoc): EngineContainerView[] {
  if (doc.containers.length === 0) ctx.skip('the engine has no containers (or the name filters kept none)');
  return doc.containers;
}

/** `{{container}}` for messages. */
export function who(c: EngineContainerView): { container: string } {
  return { container: `container ${c.name}` };
}

/** The daemon as a logical location: findings about engine-wide settings. */
export function daemonAt(doc: EngineDoc, path: string) {
  return { kind: 'daemon' as const, name: doc.snapshot.endpoint, path };
}

/** Docker's (Go's strconv.ParseBool) true values, as the docker CLI reads DOCKER_CONTENT_TRUST. */
export function parseBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False', ''].includes(value)) return false;
  return undefined;
}
