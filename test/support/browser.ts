import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { RunningServer, SERVER_TEST_NOW, startServer } from './server';

// Browser tests drive the real built app in the system Chromium (no downloaded browsers).
// Page code is passed to page.evaluate as strings: the test tsconfig has no DOM library.

export interface BrowserSuite {
  /** The built app, started for this test file. */
  readonly server: RunningServer;
  readonly browser: Browser;
  /**
   * A new page in `context`, watched for page errors and CSP violations. After each test the
   * suite closes the contexts it opened and fails the test on any problem a watched page had
   * (unless `expectNoProblems` is false, for pages that go offline on purpose).
   */
  open(context: BrowserContext | Promise<BrowserContext>, options?: { expectNoProblems?: boolean }): Promise<{ context: BrowserContext; page: Page; problems: string[] }>;
}

/**
 * The one setup of a browser test file: before its tests, the built app as a server (by
 * default with the demo data, its clock at SERVER_TEST_NOW) and Chromium; after them, both go.
 * Call it at the top of the file and read `suite.server` and `suite.browser` in tests.
 */
export function useBrowserSuite(options: Parameters<typeof startServer>[0] = { demoData: true }): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const opened: { context: BrowserContext; problems: string[]; expectNoProblems: boolean }[] = [];
  afterEach(async () => {
    const closing = opened.splice(0);
    for (const { context } of closing) await context.close();
    expect(closing.filter((o) => o.expectNoProblems).flatMap((o) => o.problems)).toEqual([]);
  });
  return {
    async open(opening, { expectNoProblems = true } = {}) {
      const context = await opening;
      const page = await context.newPage();
      const problems = watchForProblems(page);
      opened.push({ context, problems, expectNoProblems });
      return { context, page, problems };
    },
    get server() {
      if (!server) throw new Error('The server starts in beforeAll: read suite.server inside a test or hook.');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll: read suite.browser inside a test or hook.');
      return browser;
    },
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A phone: 360 CSS px wide, touch, the browser language a family has set, in Finland. */
export async function newPhoneContext(
  browser: Browser,
  options: { locale?: string; width?: number; height?: number; serviceWorkers?: 'allow' | 'block'; javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 360, height: options.height ?? 740 },
    locale: options.locale ?? 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    hasTouch: true,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  // A family's pages compute nothing from today's date: their timers (the outbox's retries, a
  // submit's time limit) stay the browser's own.
  return prepareTestContext(context, { pinClock: false });
}

/**
 * Every test context. Waits are deadlines, not delays: generous, so that a loaded machine is
 * not a failure. With `pinClock`, pages' clocks start where the test servers' do
 * (SERVER_TEST_NOW) and then run, so what a staff page computes from today (default periods,
 * the periods offered) matches the server's data.
 */
export async function prepareTestContext(context: BrowserContext, options: { pinClock: boolean }): Promise<BrowserContext> {
  if (options.pinClock) await context.clock.install({ time: SERVER_TEST_NOW });
  context.setDefaultTimeout(60_000);
  return context;
}

/**
 * Records what must never happen on any page: uncaught errors and Content-Security-Policy
 * violations (the server sends a strict CSP, so an inline script or style would show here).
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|apply|execute|evaluate|connect)/i.test(text)) {
      problems.push(`CSP: ${text}`);
    }
  });
  return problems;
}

/** Runs axe on the page as it is now; fails on any serious or critical violation. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${label}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  expect(serious).toEqual([]);
}

/** Widest content on the page, to check there is no horizontal scrolling. */
export function scrollWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/** Presses Tab until `selector` has focus (keyboard-only use); fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate<boolean>(
      `!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`,
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The computed outline of the focused element, or of its closest `ancestor` if given. */
export function focusOutline(page: Page, ancestor?: string): Promise<string> {
  const target = ancestor
    ? `document.activeElement.closest(${JSON.stringify(ancestor)})`
    : 'document.activeElement';
  return page.evaluate<string>(
    `(() => { const el = ${target}; if (!el) return 'none'; const s = getComputedStyle(el); return s.outlineStyle + ' ' + s.outlineWidth; })()`,
  );
}
