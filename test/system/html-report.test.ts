// The HTML reports in Debian Chromium: each example's `check` and `threats` page opened from a file:// URL makes no
// request but its own, filters threats by STRIDE category, status and element with a visible count, and shows
// everything without JavaScript; a model and artifacts full of script and markup payloads render as inert text.
//
// STRIDEBENCH_SCREENSHOTS=1 also writes docs/report-check-docker.png (the screenshot in the docs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { type CheckReport, checkModel, type VerifiedStatus } from '../../src/link/check.js';
import { loadModelFile } from '../../src/model/load.js';
import type { ResolvedModel } from '../../src/model/model.js';
import { renderDiagramSvg } from '../../src/report/diagram/index.js';
import { renderAuditHtml, renderCheckHtml, renderThreatsHtml } from '../../src/report/html/index.js';
import { audit } from '../../src/rules/audit.js';
import { analyzeModel } from '../../src/stride/report.js';
import { type BrowserSession, describeWithBrowser, type RecordedPage } from './browser.js';

const root = resolve(import.meta.dirname, '../..');
const TODAY = '2026-01-01';
const GENERATOR = `stridebench ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}`;
const EXAMPLES = ['webapp', 'docker', 'kubernetes'] as const;
const DONE: readonly VerifiedStatus[] = ['verified-mitigated', 'accepted', 'transferred', 'not-applicable'];

const readSource = (uri: string) => {
  try {
    return readFileSync(resolve(root, uri), 'utf8');
  } catch {
    return undefined;
  }
};

async function load(dir: string): Promise<{ model: ResolvedModel; check: CheckReport; svg: string }> {
  const loaded = await loadModelFile(dir, { cwd: root, today: TODAY });
  if (!loaded.model) throw new Error(`${dir}: ${JSON.stringify(loaded.diagnostics)}`);
  const check = await checkModel(loaded.model, { cwd: root, today: TODAY });
  const svg = await renderDiagramSvg(
    loaded.model,
    check.threats.map((t) => ({ element: t.element, category: t.category, open: !DONE.includes(t.status) })),
  );
  return { model: loaded.model, check, svg };
}

const out = mkdtempSync(join(tmpdir(), 'sb-html-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function write(name: string, page: string): string {
  const file = join(out, name);
  writeFileSync(file, page);
  return pathToFileURL(file).href;
}

async function open(session: BrowserSession, url: string): Promise<RecordedPage> {
  const p = await session.openPage();
  await p.page.goto(url);
  return p;
}

/** Nothing but the page itself and data: URIs; no console error, page error or CSP violation. */
async function expectSelfContained(p: RecordedPage, url: string): Promise<void> {
  expect(p.requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
  expect(p.requests).toContain(url);
  expect(await p.cspViolations()).toEqual([]);
  expect(p.consoleErrors).toEqual([]);
  expect(p.pageErrors).toEqual([]);
  expect(p.dialogs).toEqual([]);
}

const visibleRows = (p: RecordedPage) => p.page.locator('#threat-table tbody tr:visible').count();
const shownCount = (p: RecordedPage) => p.page.textContent('#threat-count');

await describeWithBrowser('HTML reports in Chromium', (session) => {
  for (const example of EXAMPLES) {
    it(`check of examples/${example}: self-contained, filters by STRIDE category, status and element`, async () => {
      const { check, svg } = await load(`examples/${example}`);
      const url = write(
        `check-${example}.html`,
        renderCheckHtml(check, { generator: GENERATOR, diagramSvg: svg, readSource }),
      );
      const p = await open(session(), url);
      try {
        const total = check.threats.length;
        // The script ran (the CSP allowed it): it shows the filter bar it drives.
        expect(await p.page.locator('.filters[data-filters="threat-table"]').isVisible()).toBe(true);
        expect(await shownCount(p)).toBe(`${total} of ${total} threats`);
        expect(await visibleRows(p)).toBe(total);

        const spoofing = check.threats.filter((t) => t.category === 'spoofing');
        expect(spoofing.length).toBeGreaterThan(0);
        await p.page.selectOption('#filter-category', 'spoofing');
        expect(await shownCount(p)).toBe(`${spoofing.length} of ${total} threats`);
        expect(await visibleRows(p)).toBe(spoofing.length);

        // With the most common status among spoofing threats, then with a status no spoofing threat has.
        const statuses = [...new Set(check.threats.map((t) => t.status))];
        const common = statuses
          .map((s) => ({ s, n: spoofing.filter((t) => t.status === s).length }))
          .sort((a, b) => b.n - a.n)[0] as { s: VerifiedStatus; n: number };
        await p.page.selectOption('#filter-status', common.s);
        expect(await shownCount(p)).toBe(`${common.n} of ${total} threats`);
        expect(await visibleRows(p)).toBe(common.n);
        const absent = statuses.find((s) => !spoofing.some((t) => t.status === s));
        if (absent) {
          await p.page.selectOption('#filter-status', absent);
          expect(await shownCount(p)).toBe(`0 of ${total} threats`);
        }

        // A click on a component of the diagram filters by it; the reset button shows everything again.
        await p.page.locator('.filters[data-filters="threat-table"] [data-reset]').click();
        expect(await shownCount(p)).toBe(`${total} of ${total} threats`);
        const target = check.threats.find((t) => t.element.type === 'component') as CheckReport['threats'][number];
        await p.page.locator(`.diagram [data-element="component:${target.element.id}"]`).first().click();
        const onElement = check.threats.filter((t) => t.element.id === target.element.id).length;
        expect(await p.page.inputValue('#filter-component')).toBe(target.element.id);
        expect(await shownCount(p)).toBe(`${onElement} of ${total} threats`);

        await expectSelfContained(p, url);

        if (example === 'docker' && process.env.STRIDEBENCH_SCREENSHOTS === '1') {
          // The top of the page, then the threats filtered to Spoofing with the riskiest one opened.
          await p.page.locator('.filters[data-filters="threat-table"] [data-reset]').click();
          await p.page.setViewportSize({ width: 1280, height: 1600 });
          await p.page.evaluate('window.scrollTo(0, 0)');
          await p.page.screenshot({ path: join(root, 'docs/report-check-docker.png') });
          await p.page.selectOption('#filter-category', 'spoofing');
          await p.page.locator('#threat-table tbody tr:visible details summary').first().click();
          await p.page.locator('#threats').evaluate((e) => e.scrollIntoView());
          await p.page.screenshot({ path: join(root, 'docs/report-check-docker-threats.png') });
        }
      } finally {
        await p.page.close();
      }
    });
  }

  it('threats of examples/webapp: self-contained, filters by category and severity', async () => {
    const { model, svg } = await load('examples/webapp');
    const report = analyzeModel(model, { today: TODAY });
    const url = write('threats-webapp.html', renderThreatsHtml(report, { generator: GENERATOR, diagramSvg: svg }));
    const p = await open(session(), url);
    try {
      const total = report.threats.length;
      expect(await shownCount(p)).toBe(`${total} of ${total} threats`);
      const tampering = report.threats.filter((t) => t.category === 'tampering');
      await p.page.selectOption('#filter-category', 'tampering');
      expect(await shownCount(p)).toBe(`${tampering.length} of ${total} threats`);
      const severity = tampering[0]?.severity as string;
      await p.page.selectOption('#filter-severity', severity);
      const both = tampering.filter((t) => t.severity === severity).length;
      expect(await shownCount(p)).toBe(`${both} of ${total} threats`);
      expect(await visibleRows(p)).toBe(both);
      await expectSelfContained(p, url);
    } finally {
      await p.page.close();
    }
  });

  it('without JavaScript shows every threat and no filter controls', async () => {
    const { check } = await load('examples/docker');
    const url = write('check-docker-nojs.html', renderCheckHtml(check, { generator: GENERATOR }));
    const p = await session().openPage();
    try {
      const cdp = await session().context.newCDPSession(p.page);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await p.page.goto(url);
      expect(await visibleRows(p)).toBe(check.threats.length);
      expect(await p.page.locator('.filters').first().isVisible()).toBe(false);
      expect(await shownCount(p)).toBe(`${check.threats.length} of ${check.threats.length} threats`);
    } finally {
      await p.page.close();
    }
  });

  it('renders script and markup payloads of a model and its artifacts as inert text', async () => {
    const fixture = 'src/report/html/fixtures/payload';
    const { model, check, svg } = await load(fixture);
    const threats = analyzeModel(model, { today: TODAY });
    const audited = await audit({ paths: [`${fixture}/Dockerfile`, `${fixture}/compose.yaml`], cwd: root });
    const pages = {
      check: write('payload-check.html', renderCheckHtml(check, { generator: GENERATOR, diagramSvg: svg, readSource })),
      threats: write('payload-threats.html', renderThreatsHtml(threats, { generator: GENERATOR, diagramSvg: svg })),
      audit: write('payload-audit.html', renderAuditHtml(audited, { generator: GENERATOR, readSource })),
    };
    for (const [kind, url] of Object.entries(pages)) {
      const p = await open(session(), url);
      try {
        // Give an injected handler (an image's onerror) the chance to run before looking.
        await p.page.waitForTimeout(150);
        expect(await p.page.evaluate('typeof window.__pwned')).toBe('undefined');
        // Browser-side code as text: the project's TypeScript has no DOM types.
        const counts = await p.page.evaluate(`({
          scripts: document.querySelectorAll('script').length,
          images: document.querySelectorAll('img').length,
          svgs: document.querySelectorAll('svg').length,
          handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        })`);
        expect(counts).toEqual({ scripts: 1, images: 0, svgs: kind === 'audit' ? 0 : 1, handlers: 0 });
        await expectSelfContained(p, url);

        if (kind === 'audit') {
          expect(await p.page.locator('pre.excerpt', { hasText: 'window.__pwned=1' }).count()).toBeGreaterThan(0);
          continue;
        }
        expect(await p.page.textContent('h1')).toBe(model.system.name);
        await p.page.selectOption('#filter-component', 'web');
        const onWeb = check.threats.filter((t) => t.element.id === 'web').length;
        expect(await shownCount(p)).toBe(`${onWeb} of ${check.threats.length} threats`);
        const option = await p.page.locator('#filter-component option[value="web"]').textContent();
        expect(option).toBe(`"><svg onload=window.__pwned=1> web (${onWeb})`);
        expect(await p.page.textContent('#attacker-payload-attacker h3')).toBe(
          '<script>window.__pwned=1</script> attacker',
        );
        if (kind === 'check') {
          await p.page.locator('#threat-T-WEB-013\\@web details summary').click();
          await expect
            .poll(() => p.page.locator('#threat-T-WEB-013\\@web .detail').innerText())
            .toContain('</script><script>window.__pwned=1</script> justified');
          // The excerpt around the hard-coded token: the payload line as text, the token redacted.
          const excerpt = p.page.locator('pre.excerpt', { hasText: 'API_TOKEN' }).first();
          await excerpt.evaluate((e) => e.closest('details')?.setAttribute('open', ''));
          const text = await excerpt.innerText();
          expect(text).toContain('# <script>window.__pwned=1</script> "><svg onload=window.__pwned=1>');
          expect(text).toContain('ENV API_TOKEN=s3****(25 chars)');
          expect(text).not.toContain('s3cr3t');
        }
      } finally {
        await p.page.close();
      }
    }
  });
});
