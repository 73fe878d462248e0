import { CIS_DOCKER_1_6_0 } from './cis-docker-1.6.0.js';
import { CIS_KUBERNETES_1_12_0 } from './cis-kubernetes-1.12.0.js';
import type { Control } from './control.js';
import { DESIGN_CONTROLS } from './design.js';

export type { Control } from './control.js';

export const CONTROLS: readonly Control[] = [...CIS_DOCKER_1_6_0, ...CIS_KUBERNETES_1_12_0, ...DESIGN_CONTROLS];

const BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));

export function findControl(id: string): Control | undefined {
  return BY_ID.get(id);
}
