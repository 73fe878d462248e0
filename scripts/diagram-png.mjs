// Renders the data-flow diagrams of the three bundled examples to docs/diagram-<example>.png with Debian Chromium,
// the way a reader sees them inlined in a page under a strict Content-Security-Policy. Reads the built library:
//   npx tsc -p tsconfig.build.json && node scripts/diagram-png.mjs
// Fails when the page makes any network request or reports a CSP violation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { analyzeModel, loadModelFile } from '../dist/index.js';
import { renderDiagramSvg } from '../dist/report/diagram/index.js';

const root = join(import.meta.dirname, '..');
const examples = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['webapp', 'docker', 'kubernetes'];
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const profile = mkdtempSync(join(tmpdir(), 'sb-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  deviceScaleFactor: 1.5,
  viewport: { width: 800, height: 600 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const name of examples) {
    const { model, diagnostics } = await loadModelFile(join('examples', name), { cwd: root });
    if (!model) throw new Error(`examples/${name}: ${JSON.stringify(diagnostics)}`);
    const threats = analyzeModel(model).threats.map((t) => ({
      element: { type: t.element.type, id: t.element.id },
      category: t.category,
      open: t.status === 'open',
    }));
    const svg = await renderDiagramSvg(model, threats);
    const page = await context.newPage();
    const requests = [];
    const violations = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
        `</head><body style="margin:0;background:#fff">${svg}</body></html>`,
    );
    const box = await page.locator('svg').first().boundingBox();
    if (!box) throw new Error(`examples/${name}: the SVG has no box`);
    await page.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height) });
    const out = join(root, 'docs', `diagram-${name}.png`);
    await page.locator('svg').first().screenshot({ path: out });
    await page.close();
    if (requests.length > 0) throw new Error(`examples/${name}: network requests ${requests.join(', ')}`);
    if (violations.length > 0) throw new Error(`examples/${name}: CSP violations ${violations.join('; ')}`);
    console.log(`${out}  ${Math.round(box.width)}x${Math.round(box.height)} CSS px`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
