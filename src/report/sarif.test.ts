import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CheckReport } from '../link/check.js';
import { type AuditResult, auditText } from '../rules/audit.js';
import { auditEngineSnapshot } from '../rules/engine/audit.js';
import { container, snapshot } from '../rules/engine/testing.js';
import { renderAuditSarif, renderCheckSarif, renderThreatsSarif, STRIDEBENCH_HOMEPAGE } from './sarif.js';
import { checkExample, DOCKERFILE, REPO, threatsOf, tinyShopModel } from './testing.js';

const OPTIONS = { srcRoot: '/srv/repo', toolVersion: '1.2.3' };

// Only the parts of the SARIF log the assertions read.
interface Loc {
  physicalLocation?: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  };
  logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
  message?: { text: string };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  kind: string;
  level: string;
  message: { text: string };
  locations: Loc[];
  relatedLocations?: Loc[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string; location?: Loc }[];
  properties: Record<string, unknown>;
}
interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: { name: string; version: string; semanticVersion?: string; informationUri: string; rules: Rule[] };
    };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: Notification[] }[];
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: Result[];
  }[];
}
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
  properties: { 'security-severity': string; tags: string[] };
}
interface Notification {
  level: string;
  message: { text: string };
  descriptor: { id: string };
  locations?: Loc[];
}

const parse = (s: string) => JSON.parse(s) as Log;
const one = (results: Result[], ruleId: string) => {
  const found = results.filter((r) => r.ruleId === ruleId);
  expect(found, ruleId).toHaveLength(1);
  return found[0] as Result;
};

describe('renderAuditSarif', () => {
  it('gives a finding its rule, a relative URI under %SRCROOT% and the 1-based region of the node', () => {
    const log = parse(renderAuditSarif(auditText(DOCKERFILE, 'app/Dockerfile', 'dockerfile'), OPTIONS));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0] as Log['runs'][number];
    expect(run.tool.driver).toMatchObject({
      name: 'stridebench',
      version: '1.2.3',
      semanticVersion: '1.2.3',
      informationUri: STRIDEBENCH_HOMEPAGE,
    });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/repo/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.automationDetails).toEqual({ id: 'stridebench/audit/' });
    const df001 = one(run.results, 'DF001');
    expect(df001.level).toBe('error');
    expect(df001.kind).toBe('fail');
    expect(df001.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 17 },
        },
      },
    ]);
    const rule = run.tool.driver.rules[df001.ruleIndex] as Rule;
    expect(rule.id).toBe('DF001');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(rule.properties['security-severity']).toBe('8.0');
    expect(rule.properties.tags).toEqual(['security', 'Elevation of privilege', 'CIS-Docker-1.6.0:4.1']);
    expect(rule.help.markdown).toContain('**Remediation**');
    expect(rule.helpUri).toMatch(/^https:\/\//);
    // Descriptors only for the rules that appear, sorted by id.
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...new Set(run.results.map((r) => r.ruleId))].sort());
  });

  it('counts columns in UTF-16 code units: an emoji before the node counts two', () => {
    // "😀" is one code point, two UTF-16 code units and four UTF-8 bytes: the key starts at column 45 in UTF-16
    // units (44 in code points, 47 in bytes).
    const text = 'services:\n  web: {labels: {note: "😀"}, image: nginx, privileged: true}\n';
    const log = parse(renderAuditSarif(auditText(text, 'compose.yaml', 'compose'), OPTIONS));
    const rt001 = one(log.runs[0]?.results ?? [], 'RT001');
    expect(rt001.locations[0]?.physicalLocation?.region).toEqual({
      startLine: 2,
      startColumn: 45,
      endLine: 2,
      endColumn: 55,
    });
  });

  it('keeps fingerprints when lines are inserted above a finding, and moves only the region', () => {
    const before = parse(renderAuditSarif(auditText(DOCKERFILE, 'app/Dockerfile', 'dockerfile'), OPTIONS));
    const shifted = `# build the shop\n\n# base image\n${DOCKERFILE}`;
    const after = parse(renderAuditSarif(auditText(shifted, 'app/Dockerfile', 'dockerfile'), OPTIONS));
    const fingerprints = (log: Log) => log.runs[0]?.results.map((r) => [r.ruleId, r.partialFingerprints]);
    expect(fingerprints(after)).toEqual(fingerprints(before));
    expect(one(after.runs[0]?.results ?? [], 'DF001').locations[0]?.physicalLocation?.region?.startLine).toBe(4);
    expect(Object.keys(one(before.runs[0]?.results ?? [], 'DF001').partialFingerprints)).toEqual(['stridebench/v1']);
    expect(one(before.runs[0]?.results ?? [], 'DF001').partialFingerprints['stridebench/v1']).toMatch(
      /^[0-9a-f]{64}:1$/,
    );
  });

  it('tells identical findings apart by an occurrence counter', () => {
    const text = 'services:\n  a: {image: nginx, privileged: true}\n';
    const result = auditText(text, 'compose.yaml', 'compose');
    const f = result.findings.find((x) => x.ruleId === 'RT001');
    if (!f) throw new Error('RT001 did not fire');
    const twice: AuditResult = { ...result, findings: [f, { ...f, location: undefined }] };
    const results = parse(renderAuditSarif(twice, OPTIONS)).runs[0]?.results ?? [];
    const [first, second] = results.map((r) => r.partialFingerprints['stridebench/v1'] ?? '');
    expect(first?.slice(0, 64)).toBe(second?.slice(0, 64));
    expect([first?.slice(65), second?.slice(65)]).toEqual(['1', '2']);
  });

  it('renders the same input to the same bytes', () => {
    const a = renderAuditSarif(auditText(DOCKERFILE, 'app/Dockerfile', 'dockerfile'), OPTIONS);
    const b = renderAuditSarif(auditText(DOCKERFILE, 'app/Dockerfile', 'dockerfile'), OPTIONS);
    expect(a).toBe(b);
    expect(a).not.toMatch(/Time"|"time|Utc/);
  });

  it('carries an inline suppression with its justification and the comment as its location', () => {
    const text = `# stridebench:ignore DF003 pinned by the build system\n${DOCKERFILE}`;
    const results = parse(renderAuditSarif(auditText(text, 'app/Dockerfile', 'dockerfile'), OPTIONS)).runs[0]?.results;
    const df003 = one(results ?? [], 'DF003');
    expect(df003.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'pinned by the build system',
        location: {
          physicalLocation: {
            artifactLocation: { uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' },
            // The whole comment, 53 characters: the end column is exclusive.
            region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 54 },
          },
        },
      },
    ]);
    expect(one(results ?? [], 'DF001').suppressions).toBeUndefined();
  });

  it('redacts a secret in a suppression reason', () => {
    const text = `# stridebench:ignore DF003 token=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n${DOCKERFILE}`;
    const sarif = renderAuditSarif(auditText(text, 'app/Dockerfile', 'dockerfile'), OPTIONS);
    expect(sarif).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    const df003 = one(parse(sarif).runs[0]?.results ?? [], 'DF003');
    expect(df003.suppressions?.[0]?.justification).toBe('token=gh****(40 chars)');
  });

  it('gives a live finding a logical location and no physical one', () => {
    const result = auditEngineSnapshot(
      snapshot({ containers: [container('web', { HostConfig: { Privileged: true } })] }),
    );
    const log = parse(renderAuditSarif(result, OPTIONS));
    const rt001 = one(log.runs[0]?.results ?? [], 'RT001');
    expect(rt001.locations).toEqual([
      {
        logicalLocations: [
          {
            name: 'HostConfig.Privileged',
            fullyQualifiedName: 'container web HostConfig.Privileged',
            kind: 'property',
          },
        ],
      },
    ]);
    expect(rt001.level).toBe('error');
    expect(rt001.properties.target).toBe('container:web');
  });

  it('encodes URIs, and points outside %SRCROOT% with an absolute file URI', () => {
    const base = auditText(DOCKERFILE, 'my dir/a#b/Dockerfile', 'dockerfile');
    const outside = auditText(DOCKERFILE, '/elsewhere/Dockerfile', 'dockerfile');
    const uri = (r: AuditResult) =>
      one(parse(renderAuditSarif(r, OPTIONS)).runs[0]?.results ?? [], 'DF001').locations[0]?.physicalLocation
        ?.artifactLocation;
    expect(uri(base)).toEqual({ uri: 'my%20dir/a%23b/Dockerfile', uriBaseId: '%SRCROOT%' });
    expect(uri(outside)).toEqual({ uri: 'file:///elsewhere/Dockerfile' });
    const inside = auditText(DOCKERFILE, '/srv/repo/app/Dockerfile', 'dockerfile');
    expect(uri(inside)).toEqual({ uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' });
  });

  it('reports input problems as tool execution notifications and the run as unsuccessful', () => {
    const diagnostics: Diagnostic[] = [
      {
        code: 'file-not-found',
        severity: 'error',
        message: 'nope.yaml: no such file or directory',
        location: { uri: 'nope.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      },
    ];
    const log = parse(renderAuditSarif({ findings: [], checks: [], inputs: [], diagnostics }, OPTIONS));
    expect(log.runs[0]?.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'nope.yaml: no such file or directory' },
            descriptor: { id: 'file-not-found' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'nope.yaml', uriBaseId: '%SRCROOT%' },
                  region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
              },
            ],
          },
        ],
      },
    ]);
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toEqual([]);
  });

  it('reports a manual check as a result to review, at its input', () => {
    const result: AuditResult = {
      findings: [],
      checks: [{ ruleId: 'DM008', target: 'daemon.json', state: 'manual', message: 'judge the ulimits' }],
      diagnostics: [],
      inputs: [{ target: 'daemon.json', kind: 'daemon' }],
    };
    const dm008 = one(parse(renderAuditSarif(result, OPTIONS)).runs[0]?.results ?? [], 'DM008');
    expect(dm008).toMatchObject({ kind: 'review', level: 'none' });
    expect(dm008.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'daemon.json', uriBaseId: '%SRCROOT%' } } },
    ]);
  });
});

describe('renderThreatsSarif', () => {
  const report = threatsOf(tinyShopModel(), 'model/threatmodel.yaml');
  const log = parse(renderThreatsSarif(report, OPTIONS));
  const results = log.runs[0]?.results ?? [];

  it('makes each threat a result of its threat rule at the element in the model file', () => {
    expect(results.map((r) => [r.ruleId, r.kind, r.level])).toEqual([
      ['T-WEB-005', 'fail', 'error'],
      ['T-WEB-019', 'pass', 'none'],
    ]);
    expect(one(results, 'T-WEB-005').locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'model/threatmodel.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 9, startColumn: 5, endLine: 13, endColumn: 1 },
        },
      },
    ]);
    const rule = log.runs[0]?.tool.driver.rules.find((r) => r.id === 'T-WEB-005');
    expect(rule?.properties.tags.slice(0, 3)).toEqual(['security', 'threat', 'Tampering']);
    expect(rule?.shortDescription.text).not.toContain('{{');
  });

  it('records a decision as an external suppression with its justification', () => {
    expect(one(results, 'T-WEB-005').suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'accepted: backups are encrypted off-site (owner: dba)',
      },
    ]);
    expect(one(results, 'T-WEB-019').suppressions).toBeUndefined();
  });

  it('fingerprints a threat by its id, not its line', () => {
    const moved = threatsOf(`# a comment\n\n${tinyShopModel()}`, 'model/threatmodel.yaml');
    const again = parse(renderThreatsSarif(moved, OPTIONS)).runs[0]?.results;
    expect(again?.map((r) => r.partialFingerprints)).toEqual(results.map((r) => r.partialFingerprints));
    expect(one(again ?? [], 'T-WEB-005').locations[0]?.physicalLocation?.region?.startLine).toBe(11);
  });
});

describe('renderCheckSarif', () => {
  let report: CheckReport;
  let text: string;
  let run: Log['runs'][number];
  beforeAll(async () => {
    report = await checkExample('webapp');
    text = renderCheckSarif(report, { srcRoot: REPO, toolVersion: '0.1.0' });
    run = parse(text).runs[0] as Log['runs'][number];
  });

  it('shows each threat with the status the evidence gives it', () => {
    const threats = run.results.filter((r) => r.ruleId.startsWith('T-'));
    expect(threats).toHaveLength(report.threats.length);
    const byStatus = (status: string) => threats.filter((r) => r.properties.status === status);
    for (const r of byStatus('verified-mitigated')) expect([r.kind, r.level]).toEqual(['pass', 'none']);
    for (const r of byStatus('unverified')) expect([r.kind, r.level]).toEqual(['review', 'none']);
    for (const r of byStatus('unmitigated')) expect(r.kind).toBe('fail');
    expect(byStatus('verified-mitigated').length).toBeGreaterThan(0);
    expect(byStatus('unmitigated').length).toBeGreaterThan(0);
  });

  it('links an unmitigated threat to its failing findings, and each finding to the threats it leaves open', () => {
    const threat = report.threats.find((t) => t.status === 'unmitigated' && t.evidence.some((e) => e.location));
    if (!threat) throw new Error('no unmitigated threat with located evidence');
    const result = run.results.find((r) => r.properties.threatId === threat.id) as Result;
    const failing = threat.evidence.find((e) => e.state === 'fail' && e.location);
    const related = result.relatedLocations?.find(
      (l) =>
        l.physicalLocation?.region?.startLine === failing?.location?.startLine &&
        l.message?.text.includes(failing?.ruleId ?? '?'),
    );
    expect(related?.physicalLocation?.artifactLocation.uri).toBe(failing?.location?.uri);
    const finding = run.results.find(
      (r) =>
        r.ruleId === failing?.ruleId &&
        r.message.text === failing?.message &&
        r.locations[0]?.physicalLocation?.region?.startLine === failing?.location?.startLine,
    );
    expect(finding?.properties.threats).toContain(threat.id);
    const findings = run.results.filter((r) => !r.ruleId.startsWith('T-') && r.ruleId !== 'claim-contradicted');
    expect(findings).toHaveLength(report.findings.length);
  });

  it('files each contradicted claim at its line in the model, with the failing evidence as related locations', () => {
    const contradicted = report.claims.filter((c) => c.state === 'contradicted');
    const claims = run.results.filter((r) => r.ruleId === 'claim-contradicted');
    expect(contradicted.length).toBeGreaterThan(0);
    expect(claims).toHaveLength(contradicted.length);
    const first = contradicted[0] as (typeof contradicted)[number];
    const result = claims.find((r) => r.properties.claim === first.claim) as Result;
    expect([result.kind, result.level]).toEqual(['fail', 'warning']);
    expect(result.locations[0]?.physicalLocation?.artifactLocation.uri).toBe(first.location?.uri);
    expect(result.locations[0]?.physicalLocation?.region?.startLine).toBe(first.location?.startLine);
    const failing = first.evidence.filter((e) => e.state === 'fail');
    expect(result.relatedLocations?.map((l) => l.physicalLocation?.region?.startLine)).toEqual(
      failing.map((e) => e.location?.startLine),
    );
  });

  it('renders the same report to the same bytes', () => {
    expect(renderCheckSarif(report, { srcRoot: REPO, toolVersion: '0.1.0' })).toBe(text);
    expect(run.automationDetails.id).toBe('stridebench/check/');
  });
});
