import type { DaemonDefaults, MappedContainer } from './runtime.js';
import type { EngineContainer, EngineImage, EngineSnapshot } from './snapshot.js';

/** What the engine rules see: the whole snapshot, with each container already mapped to its runtime record. */
export interface EngineDoc {
  kind: 'engine';
  /** `engine:<endpoint>`. */
  target: string;
  snapshot: EngineSnapshot;
  daemon: DaemonDefaults;
  containers: (MappedContainer & { container: EngineContainer })[];
  images: EngineImage[];
}
