// Finds Debian Chromium for browser tests and decides what happens without it, as engine.ts does for Docker: the
// tests report themselves skipped with the reason, except under STRIDEBENCH_REQUIRE_SYSTEM_TESTS=1 (CI), where they
// fail. Pages opened through `openPage` record every request, console error, dialog, page error and CSP violation.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { REQUIRE_SYSTEM_TESTS } from './engine.js';

/** Debian's package; STRIDEBENCH_CHROMIUM overrides it. */
export const CHROMIUM_PATH = process.env.STRIDEBENCH_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  /** A new page that records what happens on it; close it with `page.close()`. */
  openPage(): Promise<RecordedPage>;
}

export interface RecordedPage {
  page: Page;
  /** Every request the page made, in order: navigations, subresources, data: URIs. */
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
  pageErrors: string[];
  /** Content-Security-Policy violations reported to the page (`securitypolicyviolation`). */
  cspViolations(): Promise<string[]>;
}

/** Chromium and playwright-core present and runnable, or why not. */
export async function findChromium(): Promise<{ executablePath: string; version: string } | { reason: string }> {
  if (!existsSync(CHROMIUM_PATH))
    return { reason: `${CHROMIUM_PATH} is missing (apt-get install -y chromium, or set STRIDEBENCH_CHROMIUM)` };
  try {
    await import('playwright-core');
  } catch (err) {
    return { reason: `playwright-core cannot be loaded: ${(err as Error).message}` };
  }
  const r = spawnSync(CHROMIUM_PATH, ['--headless', '--no-sandbox', '--version'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  const version = r.stdout?.trim();
  if (r.status !== 0 || !version) return { reason: `${CHROMIUM_PATH} --version failed: ${r.stderr || r.error}` };
  return { executablePath: CHROMIUM_PATH, version };
}

/** Launches Chromium with a fresh profile directory; `close` stops it and removes the directory. */
export async function launchChromium(
  executablePath: string = CHROMIUM_PATH,
): Promise<BrowserSession & { close(): Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const openPage = async (): Promise<RecordedPage> => {
    const page = await context.newPage();
    const recorded: RecordedPage = {
      page,
      requests: [],
      consoleErrors: [],
      dialogs: [],
      pageErrors: [],
      cspViolations: () => page.evaluate('window.__cspViolations || []') as Promise<string[]>,
    };
    // Injected by the browser, not by the page: the page's CSP does not apply to it. Browser-side code is given as
    // text, since the project's TypeScript has no DOM types.
    await page.addInitScript({
      content: `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample);
});`,
    });
    page.on('request', (r) => recorded.requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') recorded.consoleErrors.push(m.text());
    });
    page.on('dialog', (d) => {
      recorded.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => recorded.pageErrors.push(e.message));
    return recorded;
  };
  return {
    context,
    openPage,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * `describe` for tests that need a browser. Without Chromium the block is reported as a skipped test whose name
 * gives the reason; with STRIDEBENCH_REQUIRE_SYSTEM_TESTS=1 it is a failing test instead. The browser is launched
 * once for the block; `session()` returns it inside tests and hooks.
 */
export async function describeWithBrowser(title: string, body: (session: () => BrowserSession) => void): Promise<void> {
  const found = await findChromium();
  if ('reason' in found) {
    if (REQUIRE_SYSTEM_TESTS) {
      describe(title, () => {
        it('has Chromium (STRIDEBENCH_REQUIRE_SYSTEM_TESTS=1)', () => {
          throw new Error(`no browser: ${found.reason}`);
        });
      });
    } else {
      describe(title, () => {
        it.skip(`needs Chromium: ${found.reason}`, () => {});
      });
    }
    return;
  }
  let session: (BrowserSession & { close(): Promise<void> }) | undefined;
  describe(`${title} (${found.version})`, () => {
    beforeAll(async () => {
      session = await launchChromium(found.executablePath);
    }, 60_000);
    afterAll(async () => {
      await session?.close();
    }, 30_000);
    body(() => {
      if (!session) throw new Error('the browser is not running (beforeAll failed)');
      return session;
    });
  });
}
