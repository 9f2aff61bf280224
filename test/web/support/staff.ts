import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { prepareTestContext } from '../../support/browser';

// The demo accounts (api/src/database/seeds/demo-accounts.ts; DEMO_DATA=true).
export const DEMO = {
  admin: { email: 'admin@kohtaamo.example', password: 'demo-admin-2026' },
  analyst: { email: 'analyst@kohtaamo.example', password: 'demo-analyst-2026' },
  coordinator: { email: 'coordinator@kohtaamo.example', password: 'demo-coordinator-2026' },
  /** The coordinator of Hakunila: Koivukylä's peer evaluator. */
  hakunila: { email: 'hakunila@kohtaamo.example', password: 'demo-hakunila-2026' },
  steering: { email: 'steering@kohtaamo.example', password: 'demo-steering-2026' },
} as const;

/** A desktop browser, as staff use at work in Finland; English chrome unless asked. */
export async function newDesktopContext(browser: Browser, options: { locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/Helsinki',
    acceptDownloads: true,
  });
  return prepareTestContext(context, { pinClock: true });
}

/**
 * Opens `path` (a staff page), fills the login form the layout shows there and waits until
 * the page itself is shown (its h1 is no longer "Log in").
 */
export async function logInAt(page: Page, url: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

/** A GET from inside the page, with its session cookie: status and JSON body. */
export function getFromPage<T = unknown>(page: Page, path: string): Promise<{ status: number; body: T }> {
  return page.evaluate<{ status: number; body: T }>(`
    fetch(${JSON.stringify(path)}, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(async (res) => ({ status: res.status, body: await res.json().catch(() => null) }))
  `);
}

/** A GET from inside the page, with its session cookie: status and body text (e.g. CSV). */
export function getTextFromPage(page: Page, path: string): Promise<{ status: number; text: string }> {
  return page.evaluate<{ status: number; text: string }>(`
    fetch(${JSON.stringify(path)}, { credentials: 'same-origin' })
      .then(async (res) => ({ status: res.status, text: await res.text() }))
  `);
}

/**
 * The control labelled `label` (within `scope`) shows `message` as its error the accessible way:
 * marked aria-invalid and the message among the texts its aria-describedby names; with
 * `focused`, focus is on it (the first field to correct).
 */
export async function expectFieldError(
  scope: Page | Locator,
  label: string,
  message: string,
  { focused = false }: { focused?: boolean } = {},
): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.and(scope.locator('[aria-invalid="true"]')).waitFor();
  const page = 'page' in scope ? scope.page() : scope;
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(texts).toContain(message);
  if (focused) {
    // Focus moves right after the message appears: give it a moment.
    const hasFocus = () => field.evaluate((element) => element === document.activeElement);
    for (let tries = 0; tries < 20 && !(await hasFocus()); tries += 1) await page.waitForTimeout(50);
    await expect(hasFocus()).resolves.toBe(true);
  }
}
