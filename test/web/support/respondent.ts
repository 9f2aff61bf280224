import type { Locator, Page, Request } from 'playwright-core';

// How a family moves through a survey, written against what they see: visible text and
// accessible names (a radio's name is what a screen reader announces).

/** The app's one outbox: IndexedDB database and store (web/src/lib/outbox-store.ts). */
export const OUTBOX_DATABASE = 'kohtaamo';
export const OUTBOX_STORE = 'outbox';
/** Where versions before the IndexedDB outbox kept queued responses. */
export const LEGACY_OUTBOX_KEY = 'kohtaamo.outbox.v1';

/**
 * The question block for an item `name` of the definition. Both renderers of the survey page
 * (our plain one and survey-core, for other definitions) mark it with `data-name`.
 */
export function question(page: Page, name: string): Locator {
  return page.locator(`[data-name="${name}"]`);
}

/** A question's options as a finger sees them: the label around each radio or checkbox. */
export function options(page: Page, name: string): Locator {
  return question(page, name).locator('label:has(input[type=radio], input[type=checkbox])');
}

/** Where each of a question's options is on the screen. */
export function optionBoxes(page: Page, name: string): Promise<Array<{ top: number; left: number }>> {
  return options(page, name).evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect();
      return { top: Math.round(box.top), left: Math.round(box.left) };
    }),
  );
}

/** The name of the question that holds keyboard focus (null outside every question). */
export function focusedQuestion(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name') ?? null);
}

/** Waits (polling from the test) until keyboard focus is in question `name`. */
export async function expectFocusIn(page: Page, name: string): Promise<void> {
  await expect(eventually(() => focusedQuestion(page), (focused) => focused === name, 10_000)).resolves.toBe(name);
}

/** Presses Tab until `target` has keyboard focus. */
export async function tabToElement(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Chooses an option the way a finger does (tapping its label), found by its accessible name. */
export async function choose(page: Page, questionName: string, optionName: string): Promise<void> {
  const q = question(page, questionName);
  // Start may be tapped before survey-core has arrived: the question shows a moment later.
  await q.waitFor();
  const option = q.getByRole(/* rating and radiogroup */ 'radio', { name: optionName, exact: true });
  const target = (await option.count()) > 0 ? option : q.getByRole('checkbox', { name: optionName, exact: true });
  await target.locator('xpath=ancestor::label[1]').click();
}

/** The body of the next POST /api/responses that the page sends. */
export function nextSubmission(page: Page): Promise<Request> {
  return page.waitForRequest((r) => r.url().endsWith('/api/responses') && r.method() === 'POST');
}

export type Submission = {
  surveyKey: string;
  surveyVersion: number;
  meetingPlace: string;
  clientResponseId: string;
  locale: string;
  answers: Record<string, unknown>;
  /** When "Done" was pressed on the device. */
  answeredAt?: string;
};

export function submissionOf(request: Request): Submission {
  return JSON.parse(request.postData() ?? '{}') as Submission;
}

/** What the device has kept locally for later sending, oldest first. */
export function outbox(page: Page): Promise<Array<{ body: Submission; queuedAt: number }>> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open(${JSON.stringify(OUTBOX_DATABASE)});
    // Create the store as the app would, so opening it first here cannot break the app.
    open.onupgradeneeded = () => open.result.createObjectStore(${JSON.stringify(OUTBOX_STORE)});
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction(${JSON.stringify(OUTBOX_STORE)}).objectStore(${JSON.stringify(OUTBOX_STORE)}).getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => { db.close(); resolve(all.result.sort((a, b) => a.queuedAt - b.queuedAt)); };
    };
  })`);
}

/** Waits until `check` resolves true (polling), e.g. for a row to appear in the database. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

/**
 * Opens the instant-feedback survey at Koivukylä in Finnish and answers up to its reason
 * question: the mood and who answers (a child), as a family taps them.
 */
export async function answerInstantFeedback(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Aloita' }).click();
  await choose(page, 'mood', '😀 Kiva');
  await question(page, 'respondent').waitFor();
  await choose(page, 'respondent', '🧒 Lapsi');
  await question(page, 'reason').waitFor();
}

/** The page is in `lang` and right to left: the document's lang and dir say so. */
export async function expectRightToLeftPage(page: Page, lang: string): Promise<void> {
  await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
}

/** The survey under way runs right to left: its host, and each question and option in it. */
export async function expectRightToLeftSurvey(page: Page): Promise<void> {
  await expect(page.locator('.survey-host').getAttribute('dir')).resolves.toBe('rtl');
  const directions = await page.locator('.survey-host [data-name], .survey-host label').evaluateAll((elements) =>
    elements.map((element) => getComputedStyle(element).direction),
  );
  expect(directions.length).toBeGreaterThan(1);
  expect(new Set(directions)).toEqual(new Set(['rtl']));
}

/**
 * Makes the real server refuse the page's first submission: its mood answer is changed to 7
 * on the way (the scale ends at 3); later submissions pass untouched.
 */
export async function tamperFirstSubmission(page: Page): Promise<void> {
  let tampered = false;
  await page.route('**/api/responses', async (route) => {
    if (tampered) return route.continue();
    tampered = true;
    const body = JSON.parse(route.request().postData() ?? '{}');
    body.answers.mood = 7;
    await route.continue({ postData: JSON.stringify(body) });
  });
}

/**
 * Waits until the service worker controls `page`. Polled from the test: a polling
 * waitForFunction evaluates its string inside the page, which the app's strict CSP (no
 * 'unsafe-eval') refuses whenever the first check is false.
 */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await eventually(() => page.evaluate<boolean>('!!navigator.serviceWorker.controller'), Boolean);
}
