// End-to-end tests of `stridebench serve` in Debian Chromium: the page as a user drives it, on copies of the bundled
// examples. The front-end is built from web/ into a temp directory first, so the tests exercise the current sources.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src/web/server.js';
import { describeWithBrowser, type RecordedPage } from './browser.js';

const root = join(import.meta.dirname, '../..');
/** Made when the browser tests run: the built front-end, the copies of the examples, the screenshots. */
let work = '';
let assets = '';
/** STRIDEBENCH_WEB_SCREENSHOTS=1 writes the screenshots into docs/; otherwise they go to the temp directory. */
let shots = '';

const servers: WebServer[] = [];

async function serveCopy(
  example: string,
  edit?: (text: string) => string,
): Promise<{ server: WebServer; model: string }> {
  const dir = mkdtempSync(join(work, `${example}-`));
  cpSync(join(root, 'examples', example), dir, { recursive: true });
  const model = join(dir, 'threatmodel.yaml');
  if (edit) writeFileSync(model, edit(readFileSync(model, 'utf8')));
  const server = await startWebServer({ file: model, cwd: dir, assetsDir: assets, watch: { pollMs: 500 } });
  servers.push(server);
  return { server, model };
}

/** Opens the printed URL and waits until the threats are listed. */
async function open(recorded: RecordedPage, server: WebServer): Promise<Page> {
  const { page } = recorded;
  const response = await page.goto(server.url);
  expect(response?.status()).toBe(200);
  await page.locator('details.threat').first().waitFor({ timeout: 30_000 });
  await page.locator('#live.on').waitFor();
  return page;
}

/** Puts the cursor at the end of the editor line whose text is `line`, with CodeMirror's own search panel. */
async function cursorAfter(page: Page, line: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const search = page.locator('.cm-search input[name="search"]');
  await search.fill(`^${line}$`);
  await page.locator('.cm-search input[name="re"]').check();
  // The panel reads its query on keyup and change events, which fill() does not send.
  await search.press('End');
  await search.press('Enter');
  await search.press('Escape');
  await page.keyboard.press('End');
}

function expectClean(recorded: RecordedPage, port: number) {
  return async () => {
    expect(recorded.requests.filter((u) => !u.startsWith(`http://127.0.0.1:${port}/`) && u !== 'data:,')).toEqual([]);
    expect(await recorded.cspViolations()).toEqual([]);
    expect(recorded.pageErrors).toEqual([]);
    expect(recorded.dialogs).toEqual([]);
  };
}

await describeWithBrowser('stridebench serve in Chromium', (session) => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'sb-web-ui-'));
    assets = join(work, 'ui');
    shots = process.env.STRIDEBENCH_WEB_SCREENSHOTS === '1' ? join(root, 'docs') : join(work, 'shots');
    const { build } = await import('vite');
    await build({
      configFile: join(root, 'web/vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: assets, emptyOutDir: true },
    });
    mkdirSync(shots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    for (const s of servers) await s.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens with the token, answers 401 without it, and makes no outside request under the strict CSP', async () => {
    const { server } = await serveCopy('webapp');
    const recorded = await session().openPage();
    const page = await open(recorded, server);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#system').textContent()).toBe('Simple web shop');
    expect(await page.locator('.cm-content').textContent()).toContain('name: Simple web shop');
    const cookies = await session().context.cookies(`http://127.0.0.1:${server.port}`);
    expect(cookies.find((c) => c.name === `stridebench-${server.port}`)).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    // CodeMirror's run-time styles carry the nonce; nothing else is inline.
    expect(await page.locator('style:not([nonce])').count()).toBe(0);
    await expectClean(recorded, server.port)();
    await page.close();

    const { context } = session();
    const stranger = await context.browser()?.newContext();
    const other = stranger ? await stranger.newPage() : await context.newPage();
    try {
      await context.clearCookies();
      const plain = `http://127.0.0.1:${server.port}/`;
      expect((await other.goto(plain))?.status()).toBe(401);
      expect((await other.goto(`${plain}?token=${'A'.repeat(43)}`))?.status()).toBe(401);
      expect((await other.goto(`${plain}api/state`))?.status()).toBe(401);
      expect((await other.goto(`http://localhost:${server.port}/?token=${server.token}`))?.status()).toBe(200);
    } finally {
      await other.close();
      await stranger?.close();
    }
  }, 90_000);

  it('shows a component added in the editor in the diagram and its threats in the list; a click filters them', async () => {
    const { server, model } = await serveCopy('webapp');
    const recorded = await session().openPage();
    const page = await open(recorded, server);
    await cursorAfter(page, 'components:');
    await page.keyboard.insertText(
      '\n  - id: cache\n    name: Session cache\n    kind: datastore\n    tech: redis\n    boundary: internal\n    data: [user-credentials]',
    );
    await cursorAfter(page, 'flows:');
    await page.keyboard.insertText('\n  - from: app\n    to: cache\n    protocol: redis\n    port: 6379');
    await page.locator('#save-state', { hasText: 'unsaved changes' }).waitFor();
    await page.keyboard.press('Control+s');
    await page.locator('#save-state', { hasText: /^saved$/ }).waitFor();
    expect(readFileSync(model, 'utf8')).toContain('  - id: cache\n    name: Session cache\n    kind: datastore\n');
    const node = page.locator('#diagram [data-element="component:cache"]');
    await node.waitFor({ timeout: 30_000 });
    const cacheThreats = page.locator('details.threat[data-threat$="@cache"]');
    await cacheThreats.first().waitFor();
    const count = await cacheThreats.count();
    expect(count).toBeGreaterThan(0);

    await node.click();
    await page.locator('#selection-text', { hasText: 'Showing the threats of component cache.' }).waitFor();
    const shown = await page
      .locator('details.threat')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-threat')));
    expect(shown).toHaveLength(count);
    for (const id of shown) expect(id).toMatch(/@cache$/);
    expect(await page.locator('#diagram .sb-selected').getAttribute('data-element')).toBe('component:cache');
    await page.locator('#selection-clear').click();
    expect(await page.locator('details.threat').count()).toBeGreaterThan(count);
    // The same from the keyboard.
    await page.locator('#diagram [data-element="component:app"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#selection-text', { hasText: 'Showing the threats of component app.' }).waitFor();
    for (const id of await page
      .locator('details.threat')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-threat'))))
      expect(id).toMatch(/@app$/);
    // A boundary: the threats of the components inside it (db, syslog, the new cache) and of the flows that reach them.
    await page.locator('#diagram [data-element="boundary:internal"]').dispatchEvent('click');
    await page.locator('#selection-text', { hasText: 'boundary internal' }).waitFor();
    const inside = await page
      .locator('details.threat')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-threat')));
    expect(inside.some((id) => id?.endsWith('@db'))).toBe(true);
    expect(inside.some((id) => id?.endsWith('@cache'))).toBe(true);
    expect(inside.some((id) => /@(lb|web|users|braintree)$/.test(id ?? ''))).toBe(false);
    await expectClean(recorded, server.port)();
    await page.close();
  }, 90_000);

  it('marks the loader diagnostics in the editor at their line', async () => {
    const { server } = await serveCopy('webapp');
    const recorded = await session().openPage();
    const page = await open(recorded, server);
    await cursorAfter(page, 'components:');
    await page.keyboard.insertText('\n  - id: broken\n    name: Broken\n    kind: robot');
    const mark = page.locator('.cm-lintRange-error');
    await mark.first().waitFor({ timeout: 10_000 });
    expect(await mark.first().textContent()).toBe('robot');
    await page.close();
  }, 60_000);

  it('records a decision from the page in the YAML on disk, with the comments intact', async () => {
    const { server, model } = await serveCopy('webapp');
    const original = readFileSync(model, 'utf8');
    const recorded = await session().openPage();
    const page = await open(recorded, server);
    const threat = page.locator('details.threat[data-threat="T-WEB-002@app"]');
    await threat.locator('summary').click();
    await threat.locator('select[name="status"]').selectOption('accepted');
    await threat.locator('button[type="submit"]').click();
    await threat.locator('.form-error', { hasText: '"accepted" needs a justification.' }).waitFor();
    expect(readFileSync(model, 'utf8')).toBe(original);

    await threat
      .locator('textarea[name="justification"]')
      .fill('Login is rate-limited by the load balancer; MFA is planned.');
    await threat.locator('input[name="owner"]').fill('shop-team');
    await threat.locator('button[type="submit"]').click();
    await page.locator('details.threat[data-threat="T-WEB-002@app"] summary .status-accepted').waitFor();
    const after = readFileSync(model, 'utf8');
    expect(after).toBe(
      `${original}\ndecisions:\n  - threat: T-WEB-002@app\n    status: accepted\n    justification: Login is rate-limited by the load balancer; MFA is planned.\n    owner: shop-team\n`,
    );
    // The editor follows the file, since it held no edit.
    await page.locator('#save-state', { hasText: /^saved$/ }).waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.locator('.cm-content', { hasText: 'MFA is planned.' }).waitFor();
    await expectClean(recorded, server.port)();
    await page.close();
  }, 90_000);

  it('shows an external edit of the file, and of a linked artifact, without a reload', async () => {
    const { server, model } = await serveCopy('docker');
    const recorded = await session().openPage();
    const page = await open(recorded, server);
    writeFileSync(
      model,
      readFileSync(model, 'utf8').replace('name: Docker client, host and registry', 'name: Edited outside'),
    );
    await page.locator('#system', { hasText: 'Edited outside' }).waitFor({ timeout: 10_000 });
    await page.locator('.cm-content', { hasText: 'name: Edited outside' }).waitFor();
    expect(await page.locator('#notice').isHidden()).toBe(true);

    await page.locator('[data-tab="findings"]').click();
    const findings = Number(await page.locator('#count-findings').textContent());
    const compose = join(model, '../compose.yaml');
    writeFileSync(
      compose,
      readFileSync(compose, 'utf8').replace(
        /^services:\n/m,
        'services:\n  extra:\n    image: alpine:latest\n    privileged: true\n',
      ),
    );
    const deadline = Date.now() + 15_000;
    while (Number(await page.locator('#count-findings').textContent()) <= findings && Date.now() < deadline)
      await page.waitForTimeout(100);
    expect(Number(await page.locator('#count-findings').textContent())).toBeGreaterThan(findings);
    await expectClean(recorded, server.port)();
    await page.close();
  }, 90_000);

  it('refuses a conflicting save with a message and loses nothing: editor content kept, disk unchanged', async () => {
    const { server, model } = await serveCopy('kubernetes');
    const recorded = await session().openPage();
    const page = await open(recorded, server);
    await cursorAfter(page, 'components:');
    await page.keyboard.insertText('\n  # my unsaved thought');
    const external = readFileSync(model, 'utf8').replace(
      /^system:\n {2}name: .*$/m,
      'system:\n  name: Changed by a colleague',
    );
    writeFileSync(model, external);
    await page
      .locator('#notice-text', {
        hasText: 'The file changed on disk; your edit is kept in the editor and has not been saved.',
      })
      .waitFor({ timeout: 10_000 });
    await page.locator('#system', { hasText: 'Changed by a colleague' }).waitFor();
    expect(await page.locator('.cm-content').textContent()).toContain('# my unsaved thought');

    await page.locator('#save').click();
    await page
      .locator('#notice-text', {
        hasText: 'Not saved: the file changed on disk since you loaded it; your edit is kept in the editor.',
      })
      .waitFor();
    expect(await page.locator('.cm-content').textContent()).toContain('# my unsaved thought');
    expect(await page.locator('#save-state').textContent()).toBe('unsaved changes');
    expect(readFileSync(model, 'utf8')).toBe(external);

    // A decision is not written over an unsaved edit either.
    const threat = page.locator('details.threat').first();
    await threat.locator('summary').click();
    await threat.locator('textarea[name="justification"]').fill('x');
    await threat.locator('button[type="submit"]').click();
    await threat.locator('.form-error', { hasText: 'Save or drop your edit in the editor first' }).waitFor();
    expect(readFileSync(model, 'utf8')).toBe(external);
    await expectClean(recorded, server.port)();
    await page.close();
  }, 90_000);

  it('runs no script from names in the model', async () => {
    const payloads = {
      script: '<script>window.__pwned=1</script>',
      img: '<img src=x onerror="window.__pwned=2;alert(2)">',
      svg: '<svg onload="window.__pwned=3"></svg>',
      close: '</text></g><script>window.__pwned=4</script>',
    };
    const { server } = await serveCopy('webapp', (text) =>
      text
        .replace('name: Simple web shop', `name: '${payloads.script}'`)
        .replace('name: Shop web application', `name: '${payloads.img}'`)
        .replace('name: Internal network', `name: '${payloads.svg}'`)
        .replace('name: SQL database', `name: '${payloads.close}'`),
    );
    const recorded = await session().openPage();
    const page = await open(recorded, server);
    await page.locator('#diagram svg').waitFor();
    await page.locator('details.threat').first().locator('summary').click();
    for (const tab of ['findings', 'attackers', 'plan', 'threats']) await page.locator(`[data-tab="${tab}"]`).click();
    await page.waitForTimeout(500);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('#system').textContent()).toBe(payloads.script);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('#diagram svg svg, #diagram [onload], #diagram [onerror]').count()).toBe(0);
    const titles = await page.locator('#diagram title').allTextContents();
    for (const p of Object.values(payloads)) expect(titles).toContain(p);
    expect(await page.locator('details.threat .title', { hasText: payloads.img }).count()).toBeGreaterThan(0);
    expect(recorded.requests.some((u) => u.endsWith('/x'))).toBe(false);
    await expectClean(recorded, server.port)();
    await page.close();
  }, 90_000);

  it.each(['webapp', 'docker', 'kubernetes'])(
    'takes a screenshot of the main view of the %s example',
    async (example) => {
      const { server } = await serveCopy(example);
      const recorded = await session().openPage();
      const page = recorded.page;
      await page.setViewportSize({ width: 1600, height: 1000 });
      await open(recorded, server);
      await page.locator('#diagram svg').waitFor();
      // The highest-risk threat opened, as a user would to read its evidence.
      await page.locator('details.threat').first().locator('summary').click();
      await page.waitForTimeout(300);
      const file = join(shots, `web-ui-${example}.png`);
      await page.screenshot({ path: file });
      expect(statSync(file).size).toBeGreaterThan(50_000);
      if (example === 'docker') {
        // The other views, once: the audit findings of the linked artifacts, and the plan with the coverage.
        for (const tab of ['findings', 'plan']) {
          await page.locator(`[data-tab="${tab}"]`).click();
          await page.locator(`#tab-${tab} table`).first().waitFor();
          await page.screenshot({ path: join(shots, `web-ui-${example}-${tab}.png`) });
        }
      }
      await expectClean(recorded, server.port)();
      await page.close();
    },
    90_000,
  );
});
