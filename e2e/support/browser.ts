import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../packages/server/test/helpers/server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = path.resolve(import.meta.dirname, '../../packages/web/dist/index.html');

/**
 * Whether browser tests can run here. Without Debian's Chromium they are skipped with a reason
 * that says how to get it, unless REQUIRE_E2E=1 (CI), where a missing browser is a failure.
 */
export function e2eSkipReason(): string | false {
  if (fs.existsSync(CHROMIUM)) return false;
  const reason = `端到端测试已跳过 end-to-end tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (process.env.REQUIRE_E2E === '1') throw new Error(`REQUIRE_E2E=1 but ${reason}`);
  console.log(reason);
  return reason;
}

export interface PageOptions {
  locale?: string;
  /** The window size, e.g. a phone's 390 × 844; Playwright's 1280 × 720 otherwise. */
  viewport?: { width: number; height: number };
  /** A phone's browser: mobile layout (meta viewport honoured) and touch events. */
  isMobile?: boolean;
  hasTouch?: boolean;
}

export interface E2E {
  server: TestServer;
  browser: Browser;
  newPage(options?: PageOptions): Promise<{ context: BrowserContext; page: Page }>;
  /** A page already signed in (through the API, sharing the browser context's cookies). */
  signedIn(username: string, options?: PageOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  if (!fs.existsSync(WEB_DIST)) throw new Error('packages/web/dist is missing: run `npm run build` (npm test does it first)');
  // Real time: the browser drops cookies whose expiry lies in its past. The demo's exam of the
  // day is loaded, as `npm start` loads it, so the journeys run beside it.
  const server = await startTestServer('pglite', {}, new Date(), { demoExam: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const cspViolations: string[] = [];
  const newPage = async (options: PageOptions = {}) => {
    // Reduced motion: the app then opens dialogs without animation, so a click never lands on a
    // dialog still zooming in (under load, such clicks were lost now and then).
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      locale: options.locale ?? 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      reducedMotion: 'reduce',
      ...(options.viewport ? { viewport: options.viewport } : {}),
      ...(options.isMobile ? { isMobile: true } : {}),
      ...(options.hasTouch ? { hasTouch: true } : {}),
    });
    // Generous: on a 2-core CI machine the browser shares the CPU with API test files running alongside.
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    // The server's Content-Security-Policy must not break the app: any refusal Chromium reports
    // fails the run when the browser closes, whichever journey caused it.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text().slice(0, 300)}`);
    });
    // The last API calls of each page, so a failure report says whether a click reached the server.
    const calls: string[] = [];
    const started = new Map<object, number>();
    const note = (line: string) => calls.push(line) > 20 && calls.shift();
    page.on('request', (request) => {
      if (request.url().includes('/api/')) started.set(request, Date.now());
    });
    page.on('requestfinished', async (request) => {
      if (!started.has(request)) return;
      const response = await request.response();
      note(`${request.method()} ${new URL(request.url()).pathname} → ${response?.status() ?? '?'} in ${Date.now() - started.get(request)!} ms`);
      started.delete(request);
    });
    page.on('requestfailed', (request) => {
      if (started.delete(request)) note(`${request.method()} ${new URL(request.url()).pathname} failed: ${request.failure()?.errorText}`);
    });
    apiCalls.set(page, () => [...calls, ...[...started].map(([r, at]) => `${(r as { method(): string }).method()} ${(r as { url(): string }).url()} still pending after ${Date.now() - at} ms`)]);
    return { context, page };
  };
  return {
    server,
    browser,
    newPage,
    signedIn: async (username, options) => {
      const session = await newPage(options);
      const response = await session.context.request.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
      if (response.status() !== 200) throw new Error(`login ${username}: ${response.status()}`);
      return session;
    },
    close: async () => {
      await browser.close();
      await server.close();
      if (cspViolations.length) throw new Error(`Content-Security-Policy refused part of the app:\n${cspViolations.join('\n')}`);
    },
  };
}

/**
 * Runs a journey and, when it fails, prints where each open page was and what it showed: a
 * browser failure on a busy CI machine is otherwise only a timeout with no picture.
 */
const apiCalls = new WeakMap<Page, () => string[]>();

export async function withPageReport(pages: () => Record<string, Page | undefined>, journey: () => Promise<void>) {
  try {
    await journey();
  } catch (error) {
    for (const [name, page] of Object.entries(pages())) {
      if (!page || page.isClosed()) continue;
      const text = await page
        .locator('body')
        .innerText({ timeout: 2_000 })
        .catch(() => '(unreadable)');
      console.log(`── ${name} at ${page.url()}\n${text.slice(0, 2_000)}\n── ${name}: last API calls\n${(apiCalls.get(page)?.() ?? []).join('\n')}`);
    }
    throw error;
  }
}
