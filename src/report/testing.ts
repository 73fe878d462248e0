// Test helpers for the report tests (not part of the build): a small model with a decided threat and a claimed
// mitigation, and the bundled examples checked as the CLI would check them on a fixed day.
import { type CheckReport, checkModel } from '../link/check.js';
import { loadModel, loadModelFile } from '../model/load.js';
import { analyzeModel, type ThreatReport } from '../stride/report.js';

/** Decisions expire: every report test judges them on this day. */
export const TODAY = '2026-01-01';
export const REPO = new URL('../../', import.meta.url).pathname;
export const DOCKERFILE = 'FROM python:3.12\nRUN echo hi\n';

/**
 * A web server and its database: T-WEB-005 on the database is accepted, T-WEB-019 on their flow is claimed mitigated.
 * With `archive`, a second database on a second flow, where both threats stay open.
 */
export function tinyShopModel({ archive = false } = {}): string {
  return `version: 1
system:
  name: Tiny shop
components:
  - id: web
    name: Web server
    kind: process
    tech: nginx
  - id: db
    name: Orders database
    kind: datastore
    tech: postgres
${
  archive
    ? `  - id: archive
    name: Order archive
    kind: datastore
    tech: postgres
`
    : ''
}flows:
  - id: web-db
    from: web
    to: db
    protocol: postgres
    port: 5432
${
  archive
    ? `  - id: web-archive
    from: web
    to: archive
    protocol: postgres
    port: 5432
`
    : ''
}mitigations:
  - id: private-network
    title: the database listens on a private network only
    threats: [T-WEB-019@web-db]
decisions:
  - threat: T-WEB-005@db
    status: accepted
    justification: backups are encrypted off-site
    owner: dba
`;
}

/** The threats of a model given as text, read as the file `uri`. */
export function threatsOf(text: string, uri: string): ThreatReport {
  const { model } = loadModel(text, uri, { today: TODAY });
  if (!model) throw new Error(`${uri}: the test model does not load`);
  return analyzeModel(model, { today: TODAY });
}

/** `stridebench check examples/<name>`, as a report. */
export async function checkExample(name: string): Promise<CheckReport> {
  const { model } = await loadModelFile(`examples/${name}`, { today: TODAY, cwd: REPO });
  if (!model) throw new Error(`examples/${name} does not load`);
  return checkModel(model, { cwd: REPO, today: TODAY });
}
