import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding.js';
import { type CheckReport, checkModel } from '../../link/check.js';
import { loadModelFile } from '../../model/load.js';
import type { ResolvedModel } from '../../model/model.js';
import { type AuditResult, audit } from '../../rules/audit.js';
import { benchmarkResult } from '../../rules/engine/benchmark.js';
import { analyzeModel, type ThreatReport } from '../../stride/report.js';
import { renderDiagramSvg } from '../diagram/index.js';
import { escapeHtml, html, trusted } from './escape.js';
import { renderExcerpt, shownLines } from './excerpt.js';
import { renderAuditHtml, renderCheckHtml, renderThreatsHtml } from './index.js';
import { svgStyleSources } from './page.js';

const root = resolve(import.meta.dirname, '../../..');
const FIXTURE = 'src/report/html/fixtures/payload';
const TODAY = '2026-01-01';
const GENERATOR = 'stridebench <test>';
const readSource = (uri: string) => {
  try {
    return readFileSync(resolve(root, uri), 'utf8');
  } catch {
    return undefined;
  }
};

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '</script><script>window.__pwned=1</script>',
];

/** Every start tag of a page: its name and attribute names. Escaped text holds no `<`, attribute values no `>`. */
function startTags(page: string): { name: string; attributes: string[] }[] {
  return [...page.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: (m[1] as string).toLowerCase(),
    attributes: [...(m[2] as string).matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/g)].map((a) =>
      (a[1] as string).toLowerCase(),
    ),
  }));
}

function countOf(page: string, needle: string): number {
  return page.split(needle).length - 1;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policy(page: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page);
  if (!m) throw new Error('no CSP meta tag');
  return (m[1] as string).replace(/&#39;/g, "'");
}

let model: ResolvedModel;
let check: CheckReport;
let threats: ThreatReport;
let diagramSvg: string;
let auditResult: AuditResult;

beforeAll(async () => {
  const loaded = await loadModelFile(FIXTURE, { cwd: root, today: TODAY });
  if (!loaded.model) throw new Error(JSON.stringify(loaded.diagnostics));
  model = loaded.model;
  check = await checkModel(model, { cwd: root, today: TODAY });
  threats = analyzeModel(model, { today: TODAY });
  diagramSvg = await renderDiagramSvg(
    model,
    check.threats.map((t) => ({ element: t.element, category: t.category, open: t.status !== 'verified-mitigated' })),
  );
  auditResult = await audit({ paths: [join(FIXTURE, 'Dockerfile'), join(FIXTURE, 'compose.yaml')], cwd: root });
  auditResult.benchmark = benchmarkResult(auditResult, 'cis-docker-1.6.0');
  // Fields the fixture's artifacts cannot carry: a suppression reason, a live target, a diagnostic message.
  auditResult.findings.push({
    ruleId: 'RT001',
    severity: 'high',
    message: `container ${PAYLOADS[1]} runs privileged`,
    target: `docker:${PAYLOADS[2]}`,
    logicalLocation: { kind: 'container', name: PAYLOADS[0] as string, path: 'HostConfig.Privileged' },
    suppressed: { reason: `${PAYLOADS[3]} accepted` },
  } satisfies Finding);
  auditResult.diagnostics.push({
    code: 'unknown-input',
    severity: 'error',
    message: `${PAYLOADS[0]} is not an input`,
    location: { uri: PAYLOADS[2] as string, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  });
  threats.diagnostics.push({
    code: 'unknown-tech',
    severity: 'warning',
    message: `tech ${PAYLOADS[1]} is not known`,
  });
}, 60_000);

describe('escaping', () => {
  it('escapes the five characters that matter in content and in quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('escapes every interpolated string, at any depth, and passes only Html values through', () => {
    const out = html`<p title="${'"x'}">${['<b>', [html`<i>${'<u>'}</i>`, 3, undefined, false, null]]}${trusted('<br>')}</p>`;
    expect(out.value).toBe('<p title="&quot;x">&lt;b&gt;<i>&lt;u&gt;</i>3<br></p>');
  });
});

describe.each([
  ['check', () => renderCheckHtml(check, { generator: GENERATOR, diagramSvg, readSource })],
  ['threats', () => renderThreatsHtml(threats, { generator: GENERATOR, diagramSvg })],
  ['audit', () => renderAuditHtml(auditResult, { generator: GENERATOR, readSource })],
] as const)('the %s page of a model and artifacts full of payloads', (kind, render) => {
  let page: string;
  beforeAll(() => {
    page = render();
  });

  it('holds no element or event handler that the payloads would inject', () => {
    const tags = startTags(page);
    expect(tags.filter((t) => t.name === 'script')).toHaveLength(1);
    expect(tags.filter((t) => t.name === 'style')).toHaveLength(1);
    expect(tags.filter((t) => t.name === 'img')).toHaveLength(0);
    expect(tags.filter((t) => t.name === 'svg')).toHaveLength(kind === 'audit' ? 0 : 1);
    expect(
      tags.filter((t) => ['iframe', 'object', 'embed', 'base', 'form', 'meta'].includes(t.name)).map((t) => t.name),
    ).toEqual(['meta', 'meta', 'meta', 'meta', 'meta']);
    expect(tags.flatMap((t) => t.attributes.filter((a) => a.startsWith('on')))).toEqual([]);
    expect(tags.flatMap((t) => t.attributes.filter((a) => a === 'src' || a === 'style' || a === 'srcdoc'))).toEqual([]);
    for (const p of PAYLOADS) expect(page).not.toContain(p);
    expect(page).not.toMatch(/javascript:/i);
  });

  it('shows the payloads as text', () => {
    const texts = {
      check: [
        escapeHtml(check.model.system),
        escapeHtml('"><svg onload=window.__pwned=1> web'),
        escapeHtml('</script><script>window.__pwned=1</script> justified'),
        escapeHtml('<script>window.__pwned=1</script> attacker'),
        escapeHtml('</script><script>window.__pwned=1</script> goal'),
        escapeHtml('<img src=x onerror="window.__pwned=1"> method'),
        escapeHtml('# <script>window.__pwned=1</script> "><svg onload=window.__pwned=1>'),
      ],
      threats: [
        escapeHtml(threats.model?.system ?? ''),
        escapeHtml('"><svg onload=window.__pwned=1> web can reveal software versions'),
        escapeHtml('<img src=x onerror="window.__pwned=1"> users'),
        escapeHtml(`tech ${PAYLOADS[1]} is not known`),
      ],
      audit: [
        escapeHtml(`${PAYLOADS[3]} accepted`),
        escapeHtml(`container ${PAYLOADS[1]} runs privileged`),
        escapeHtml(`container ${PAYLOADS[0]} HostConfig.Privileged`),
        escapeHtml(`${PAYLOADS[0]} is not an input`),
        escapeHtml(`BANNER: "</script><script>window.__pwned=1</script>"`),
      ],
    }[kind];
    for (const t of texts) expect(page).toContain(t);
  });

  it('allows exactly its own style and script by hash, and nothing from the network', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] as string;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] as string;
    expect(policy(page)).toBe(
      `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(script)}; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    expect(policy(page)).not.toContain('unsafe-inline');
    // The only URLs: the empty data: icon, in-page anchors, and CWE/CAPEC links (followed only on a click).
    const urls = [...page.matchAll(/\s(?:href|src|action|xlink:href)="([^"]*)"/g)].map((m) => m[1] as string);
    expect(urls.filter((u) => !u.startsWith('#') && !/^https:\/\/(cwe|capec)\.mitre\.org\//.test(u))).toEqual([
      'data:,',
    ]);
    expect(page).not.toMatch(/<link(?![^>]*rel="icon" href="data:,")/);
  });

  it('is byte-identical for the same input, whatever object it comes from', () => {
    const again = render();
    expect(again).toBe(page);
    expect(page).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('shows every row without JavaScript: filters hidden until the script runs, no row hidden', () => {
    expect(page).toMatch(/<div class="filters" data-filters="[a-z-]+" data-count="[a-z-]+" data-noun="[a-z]+" hidden>/);
    expect(page).not.toMatch(/<tr[^>]* hidden/);
  });
});

describe('counts and filter attributes', () => {
  it('gives every threat of check one row carrying its category, status, severity and element', () => {
    const page = renderCheckHtml(check, { generator: GENERATOR });
    const rows = [
      ...page.matchAll(
        /<tr id="threat-([^"]+)" data-category="([^"]+)" data-status="([^"]+)" data-severity="([^"]+)" data-component="([^"]+)">/g,
      ),
    ];
    expect(rows.map((r) => [r[1], r[2], r[3], r[4], r[5]]).sort()).toEqual(
      check.threats.map((t) => [t.id, t.category, t.status, t.severity, t.element.id]).sort(),
    );
    expect(page).toContain(
      `<p class="count" id="threat-count" aria-live="polite">${check.threats.length} of ${check.threats.length} threats</p>`,
    );
    const options = /<select id="filter-category" data-filter="category">(.*?)<\/select>/.exec(page)?.[1] ?? '';
    const spoofing = check.threats.filter((t) => t.category === 'spoofing').length;
    expect(options).toContain(`<option value="spoofing">Spoofing (${spoofing})</option>`);
  });

  it('shows the threats page counts and the decision status from the model', () => {
    const page = renderThreatsHtml(threats, { generator: GENERATOR });
    expect(countOf(page, 'data-category=')).toBe(threats.threats.length);
    expect(page).toContain(`${threats.threats.length} of ${threats.threats.length} threats`);
    expect(page).toMatch(/<tr id="threat-T-WEB-013@web" data-category="[a-z-]+" data-status="accepted"/);
  });

  it('lists every finding of an audit with its suppression state', () => {
    const page = renderAuditHtml(auditResult, { generator: GENERATOR });
    expect(countOf(page, '<tr data-severity=')).toBe(auditResult.findings.length);
    expect(countOf(page, 'data-suppressed="yes"')).toBe(auditResult.findings.filter((f) => f.suppressed).length);
    expect(page).toContain(`${auditResult.findings.length} of ${auditResult.findings.length} findings`);
    expect(page).toContain('<section id="benchmark"><h2>Benchmark: cis-docker-1.6.0</h2>');
  });
});

describe('code excerpts', () => {
  it('shows the lines around evidence, redacted and escaped', () => {
    const page = renderCheckHtml(check, { generator: GENERATOR, readSource });
    expect(page).not.toContain('s3cr3t-token-value-123456');
    expect(page).toContain(
      '<pre class="excerpt"><span><i>3</i># &lt;script&gt;window.__pwned=1&lt;/script&gt; &quot;&gt;&lt;svg onload=window.__pwned=1&gt;</span><span class="hit"><i>4</i>ENV API_TOKEN=s3****(25 chars)</span><span><i>5</i>',
    );
  });

  it('shows no excerpt when the reader has no text, and none past the end of the file', () => {
    const at = { uri: 'a', startLine: 9, startColumn: 1, endLine: 9, endColumn: 2 };
    expect(renderExcerpt(at, () => undefined)).toBeUndefined();
    expect(renderExcerpt(at, () => 'one\ntwo')).toBeUndefined();
    expect(renderExcerpt({ ...at, startLine: 1, endLine: 1 }, () => 'one\ntwo\nthree')?.value).toBe(
      '<pre class="excerpt"><span class="hit"><i>1</i>one</span><span><i>2</i>two</span></pre>',
    );
  });

  it('masks every line of a private key block, not only the line that opens it', () => {
    const text = [
      'a: 1',
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEpAIBAAKCAQEA1',
      'qwertyuiop',
      '-----END RSA PRIVATE KEY-----',
      'b: 2',
    ].join('\n');
    expect(shownLines(text, 6)).toEqual([
      'a: 1',
      '-----BEGIN PRIVATE KEY----- ****',
      '****',
      '****',
      '**** -----END RSA PRIVATE KEY-----',
      'b: 2',
    ]);
  });
});

describe('styles of the diagram', () => {
  it('allows style blocks and attributes of an SVG by hash, never by unsafe-inline', () => {
    const svg =
      '<svg><style>text{fill:red}</style><g style="fill: &quot;a&quot;"></g><g style="x"></g><g style="x"></g></svg>';
    expect(svgStyleSources(svg)).toEqual([
      sha256('text{fill:red}'),
      "'unsafe-hashes'",
      ...[sha256('fill: "a"'), sha256('x')].sort(),
    ]);
    const page = renderThreatsHtml(threats, { generator: GENERATOR, diagramSvg: svg });
    expect(policy(page)).toContain(
      `style-src ${sha256(/<style>([\s\S]*?)<\/style>/.exec(page)?.[1] as string)} ${sha256('text{fill:red}')} 'unsafe-hashes'`,
    );
  });
});
