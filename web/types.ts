// The JSON the server sends, typed by the modules that make it. Type-only imports: Vite erases them, so no server
// code reaches the browser bundle; web/tsconfig.json checks them with Node's types.
export type { Diagnostic } from '../src/core/diagnostics.js';
export type { CheckedThreat as Threat, CheckReport, CoverageRow } from '../src/link/check.js';
export type { Attacker } from '../src/stride/attackers/select.js';
export type { WebState } from '../src/web/session.js';
