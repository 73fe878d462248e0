import { describe, expect, it } from 'vitest';
import { STRIDE_CATEGORIES, type StrideCategory } from '../core/stride.js';
import type { CheckedThreat, CheckReport, CoverageRow } from '../link/check.js';
import type { AuditResult } from '../rules/audit.js';
import { mdEscape, renderAuditMarkdown, renderCheckMarkdown } from './markdown.js';

const row = (r: Partial<CoverageRow>): CoverageRow => ({
  threats: 0,
  'verified-mitigated': 0,
  'partially-mitigated': 0,
  unmitigated: 0,
  unverified: 0,
  decided: 0,
  covered: 1,
  ...r,
});

const at = (uri: string, line: number, column: number) => ({
  uri,
  startLine: line,
  startColumn: column,
  endLine: line,
  endColumn: column + 4,
});

function threat(t: Partial<CheckedThreat> & Pick<CheckedThreat, 'id' | 'category' | 'status'>): CheckedThreat {
  const [ruleId = '', element = ''] = t.id.split('@');
  return {
    ruleId,
    ruleName: 'rule',
    title: `title of ${ruleId}`,
    description: '',
    element: { id: element, name: element, kind: 'service', type: 'component' },
    severity: 'high',
    likelihood: 'medium',
    impact: 'high',
    mitigations: [],
    statusSource: 'default',
    claimedBy: [],
    cwe: [],
    capec: [],
    declaredStatus: 'open',
    risk: 6,
    controlStates: [],
    evidence: [],
    ...t,
  };
}

function checkReport(): CheckReport {
  const byCategory = Object.fromEntries(STRIDE_CATEGORIES.map((c) => [c, row({})])) as Record<
    StrideCategory,
    CoverageRow
  >;
  byCategory.spoofing = row({ threats: 1, unmitigated: 1, covered: 0 });
  byCategory['elevation-of-privilege'] = row({ threats: 1, 'verified-mitigated': 1, covered: 1 });
  return {
    model: { uri: 'm.yaml', system: 'Shop', components: 2, flows: 0, linkedComponents: 1 },
    threats: [
      threat({
        id: 'T-1@web',
        category: 'spoofing',
        status: 'unmitigated',
        risk: 7,
        controlStates: [{ control: 'design:tls', state: 'fail' }],
        evidence: [
          {
            control: 'design:tls',
            ruleId: 'RT001',
            state: 'fail',
            component: 'web',
            target: 'compose.yaml',
            message: 'plain http',
            location: at('compose.yaml', 3, 5),
          },
        ],
      }),
      threat({
        id: 'T-2@web',
        category: 'elevation-of-privilege',
        status: 'verified-mitigated',
        controlStates: [{ control: 'cis:5.4', state: 'pass' }],
        evidence: [{ control: 'cis:5.4', ruleId: 'RT009', state: 'pass', component: 'web', target: 'compose.yaml' }],
      }),
    ],
    attackers: [{ id: 'a', name: 'Thief', goals: ['money'], methods: ['phishing'], source: 'library' }],
    controls: [],
    findings: [],
    claims: [
      {
        element: { id: 'web', type: 'component' },
        claim: 'runsAsRoot: false',
        state: 'contradicted',
        location: at('m.yaml', 9, 7),
        evidence: [
          {
            ruleId: 'DF001',
            state: 'fail',
            component: 'web',
            target: 'Dockerfile',
            message: 'no USER',
            location: at('Dockerfile', 1, 1),
          },
        ],
      },
    ],
    plan: [
      {
        control: 'design:tls',
        title: 'Encrypt traffic',
        remediation: 'Serve HTTPS.',
        closes: ['T-1@web'],
        risk: 7,
        artifacts: ['compose.yaml'],
      },
    ],
    coverage: {
      overall: row({ threats: 2, 'verified-mitigated': 1, unmitigated: 1, covered: 0.5 }),
      byCategory,
      byComponent: {},
    },
    diagnostics: [],
  };
}

describe('renderCheckMarkdown', () => {
  it('renders the STRIDE table, attackers, threats with evidence, claims, the plan and coverage', () => {
    expect(renderCheckMarkdown(checkReport())).toBe(
      [
        '# Threat model check: Shop',
        '',
        'Source: m.yaml · 2 threats: 1 verified mitigated, 0 partially mitigated, 1 unmitigated, 0 unverified, 0 decided · 1/2 components linked to artifacts',
        '',
        '## STRIDE per element',
        '',
        'Threats per category; ✗ counts the unmitigated ones.',
        '',
        '| Element | S | T | R | I | D | E |',
        '|---|:-:|:-:|:-:|:-:|:-:|:-:|',
        '| web | 1 (1 ✗) |  |  |  |  | 1 |',
        '',
        '## Attackers',
        '',
        '### Thief',
        '',
        'Goals:',
        '',
        '- money',
        '',
        'Methods:',
        '',
        '- phishing',
        '',
        '## Threats, highest risk first',
        '',
        '| Risk | Status | STRIDE | Threat | Element | Evidence |',
        '|--:|---|:-:|---|---|---|',
        '| 7 | unmitigated | S | **T-1** title of T-1 | web | ✗ design:tls RT001 compose.yaml:3:5 plain http |',
        '| 6 | verified-mitigated | E | **T-2** title of T-2 | web | ✓ cis:5.4 RT009 on compose.yaml |',
        '',
        '## Contradicted claims',
        '',
        '- component web: “runsAsRoot: false” (m.yaml:9:7)',
        '  - ✗ DF001 Dockerfile:1:1 no USER',
        '',
        '## Plan: fix first what closes the most risk',
        '',
        '1. **design:tls** Encrypt traffic — closes 1 threat (risk 7)',
        '   Serve HTTPS.',
        '   Change: compose.yaml',
        '',
        '## Coverage by STRIDE category',
        '',
        '| Category | Threats | Verified mitigated | Partially mitigated | Unmitigated | Unverified | Decided | Covered |',
        '|---|--:|--:|--:|--:|--:|--:|--:|',
        '| Spoofing | 1 | 0 | 0 | 1 | 0 | 0 | 0% |',
        '| Elevation of privilege | 1 | 1 | 0 | 0 | 0 | 0 | 100% |',
        '| **All** | 2 | 1 | 0 | 1 | 0 | 0 | 50% |',
        '',
      ].join('\n'),
    );
  });

  it('escapes names and messages from models and artifacts', () => {
    const report = checkReport();
    const t = report.threats[0] as CheckedThreat;
    t.element.name = 'a|b <script>alert(1)</script>';
    t.title = 'uses `rm -rf`\nand more';
    (t.evidence[0] as { message: string }).message = 'x | y';
    report.model.system = '<img src=x onerror=alert(1)>';
    const md = renderCheckMarkdown(report);
    expect(md).toContain('# Threat model check: \\<img src=x onerror=alert\\(1\\)\\>\n');
    expect(md).toContain(
      '| 7 | unmitigated | S | **T-1** uses \\`rm -rf\\` and more | a\\|b \\<script\\>alert\\(1\\)\\</script\\> | ✗ design:tls RT001 compose.yaml:3:5 x \\| y |',
    );
    // every < from the input is backslash-escaped: none opens an HTML tag
    expect(md).not.toMatch(/(^|[^\\])<(script|img|\/script)/m);
    // a table row stays one line: no raw newline from a title splits it
    for (const line of md.split('\n').filter((l) => l.startsWith('| 7 '))) expect(line.split(' | ')).toHaveLength(6);
  });
});

describe('renderAuditMarkdown', () => {
  const result: AuditResult = {
    inputs: [
      { target: 'Dockerfile', kind: 'dockerfile' },
      { target: 'k8s/pod.yaml', kind: 'kubernetes' },
    ],
    findings: [
      {
        ruleId: 'DF001',
        severity: 'high',
        message: 'runs as root',
        target: 'Dockerfile',
        location: at('Dockerfile', 1, 1),
      },
      {
        ruleId: 'DF003',
        severity: 'low',
        message: 'FROM a|b not pinned',
        target: 'Dockerfile',
        location: at('Dockerfile', 1, 6),
        suppressed: { reason: 'pinned by `renovate`' },
      },
    ],
    checks: [
      { ruleId: 'DF001', target: 'Dockerfile', state: 'fail' },
      { ruleId: 'DF003', target: 'Dockerfile', state: 'pass' },
      { ruleId: 'K8S001', target: 'k8s/pod.yaml', state: 'pass' },
    ],
    diagnostics: [{ code: 'yaml-syntax', severity: 'warning', message: 'odd <b>', location: at('k8s/pod.yaml', 2, 1) }],
  };

  it('lists each input with its findings, a summary and the problems', () => {
    expect(renderAuditMarkdown(result)).toBe(
      [
        '# Audit',
        '',
        '2 inputs, 3 checks: 2 pass, 1 fail, 0 skipped, 0 error; 1 findings, 1 suppressed',
        '',
        '## Dockerfile (dockerfile)',
        '',
        '| Severity | Rule | Location | Message | Suppressed |',
        '|---|---|---|---|---|',
        '| high | DF001 | Dockerfile:1:1 | runs as root |  |',
        '| low | DF003 | Dockerfile:1:6 | FROM a\\|b not pinned | yes: pinned by \\`renovate\\` |',
        '',
        '## k8s/pod.yaml (kubernetes)',
        '',
        'No findings.',
        '',
        '## Problems',
        '',
        '- k8s/pod.yaml:2:1 warning yaml-syntax: odd \\<b\\>',
        '',
      ].join('\n'),
    );
  });

  it('shows the benchmark view when there is one', () => {
    const md = renderAuditMarkdown({
      ...result,
      benchmark: {
        framework: 'cis-docker-1.6.0',
        level: 1,
        controls: [
          {
            id: 'cis-docker-1.6.0:5.4',
            section: '5.4',
            title: 'Do not use privileged containers',
            level: 1,
            assessment: 'automated',
            state: 'fail',
            rules: ['RT001'],
            findings: 2,
          },
        ],
        counts: { pass: 0, fail: 1, manual: 0, skipped: 0, error: 0 },
        score: 0,
      },
    });
    expect(md).toContain(
      [
        '## CIS Docker Benchmark v1.6.0, Level 1',
        '',
        '| Section | Level | State | Control | Detail |',
        '|---|:-:|---|---|---|',
        '| 5.4 | L1 | fail | Do not use privileged containers | 2 findings: RT001 |',
        '',
        'Score 0% (pass / (pass + fail)): 0 pass, 1 fail, 0 manual, 0 skipped, 0 error',
      ].join('\n'),
    );
  });
});

describe('mdEscape', () => {
  it('escapes markup characters and folds newlines', () => {
    expect(mdEscape('a|b `c` <script>\r\nd')).toBe('a\\|b \\`c\\` \\<script\\> d');
  });
});
