import type { BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, useBrowserSuite, newPhoneContext } from '../support/browser';
import { choose, eventually, LEGACY_OUTBOX_KEY, outbox, question, serviceWorkerInControl } from './support/respondent';
import { storedResponses } from './support/stored-responses';

// A QR link opened once works again without any network (the service worker), and answers
// queued by an earlier version of the app (localStorage) move into the one IndexedDB outbox.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeEach(async () => {
  ({ context, page, problems } = await suite.open(newPhoneContext(suite.browser, { locale: 'fi-FI' }), { expectNoProblems: false }));
});


/** Every URL the service worker has kept on the device, as paths. */
function cachedPaths(): Promise<string[]> {
  return page.evaluate<string[]>(`(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths.sort();
  })()`);
}

test('a place page and a survey opened once open again, and are answered, with the server unreachable', async () => {
  // A family scans the QR code of a survey, then looks at the place page.
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Aloita' }).waitFor();
  await serviceWorkerInControl(page);
  // The survey's code: the page, the plain renderer and its Finnish strings, fetched one
  // after another while the family reads the notice, and kept as they arrive.
  const surveyChunk = (paths: string[]) =>
    [/^\/assets\/respond-page-.+\.js$/, /^\/assets\/plain-survey-runner-.+\.js$/, /^\/assets\/_?plain-survey-strings-fi-.+\.js$/].every((chunk) =>
      paths.some((p) => chunk.test(p)),
    );
  await eventually(cachedPaths, surveyChunk);
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('link', { name: 'Pikapalaute', exact: true }).waitFor();
  const wanted = ['/api/meeting-places/koivukyla', '/api/surveys', '/api/surveys/instant-feedback/versions/current', '/index.html'];
  const kept = await eventually(cachedPaths, (paths) => wanted.every((p) => paths.includes(p)) && surveyChunk(paths));
  expect(kept).toEqual(expect.arrayContaining(wanted));
  // Only the app and public, session-free answers: never staff pages or other /api data.
  for (const path of kept) {
    expect(path).toMatch(/^\/(index\.html|favicon\.svg|assets\/.+|api\/meeting-places\/[^/]+|api\/surveys(\/[^/]+\/versions\/[^/]+)?)$/);
  }
  // The survey's own code chunk, loaded before the worker took control, is kept as well.
  expect(surveyChunk(kept)).toBe(true);
  // And every language's strings for the survey page, so it reads in another language offline.
  const languages = ['sv', 'en', 'ar', 'ru', 'so', 'et', 'uk', 'fa', 'sq'];
  const everyLanguage = (paths: string[]) => languages.every((lang) => paths.some((p) => new RegExp(`^/assets/_?plain-survey-strings-${lang}-`).test(p)));
  await expect(eventually(cachedPaths, everyLanguage).then(everyLanguage)).resolves.toBe(true);

  // The server goes away entirely (not only an emulated offline flag).
  await suite.server.kill();
  try {
    await answerWithoutServer();
  } finally {
    await suite.server.restart();
  }
  await context.setOffline(false);
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  const stored = await eventually(() => storedResponses(suite.server.databasePath, queuedId), (rows) => rows.length > 0, 20_000);
  expect(stored).toHaveLength(1);
  expect(stored[0].answers).toMatchObject({ mood: 3, respondent: 'child' });
  await expect(eventually(() => outbox(page), (entries) => entries.length === 0)).resolves.toEqual([]);
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|NetworkError/.test(p))).toEqual([]);
});

let queuedId = '';

async function answerWithoutServer(): Promise<void> {
  await context.setOffline(true);
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('heading', { level: 1, name: 'Pikapalaute' }).waitFor();
  await expect(page.getByRole('heading', { name: 'Ennen kuin aloitat' }).isVisible()).resolves.toBe(true);
  await expectNoSeriousAxeViolations(page, 'privacy notice, offline');
  await page.getByRole('button', { name: 'Aloita' }).click();
  await choose(page, 'mood', '😀 Kiva');
  await question(page, 'respondent').waitFor();
  await choose(page, 'respondent', '🧒 Lapsi');
  await question(page, 'reason').waitFor();
  await page.getByRole('button', { name: 'Valmis' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  await expect(page.locator('[data-delivery]').getAttribute('data-delivery')).resolves.toBe('queued');
  const [{ body }] = await outbox(page);
  queuedId = body.clientResponseId;

  // Another language, never opened online: the buttons follow it.
  const swedish = await context.newPage();
  await swedish.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback?lang=sv`);
  await swedish.getByRole('heading', { level: 1, name: 'Snabbrespons' }).waitFor();
  await swedish.getByRole('button', { name: 'Börja' }).click();
  await question(swedish, 'mood').getByRole('radio').first().locator('xpath=ancestor::label[1]').click();
  await choose(swedish, 'respondent', '🧒 Barn');
  await question(swedish, 'reason').waitFor();
  await swedish.getByRole('button', { name: 'Slutför' }).waitFor();
  await swedish.close();

  // The place page works offline too, in a new tab.
  const other = await context.newPage();
  await other.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await other.getByRole('link', { name: 'Pikapalaute', exact: true }).waitFor();
  await other.close();

  // A staff page was never cached: offline it is the browser's own error, not a stale copy.
  await expect(page.goto(`${suite.server.baseUrl}/staff/login`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED|ERR_CONNECTION_REFUSED/);
}

test('answers queued in localStorage by an earlier version move into IndexedDB and are sent once', async () => {
  const clientResponseId = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea0f5';
  const legacy = [
    {
      body: {
        surveyKey: 'instant-feedback',
        surveyVersion: 1,
        meetingPlace: 'koivukyla',
        clientResponseId,
        locale: 'fi',
        answers: { mood: 2, respondent: 'parent' },
      },
      queuedAt: Date.now() - 60_000,
      attempts: 3,
    },
  ];
  // Left in localStorage before any script of this version runs (once, not on every load).
  await context.addInitScript(`if (!sessionStorage.getItem('seeded')) {
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(${JSON.stringify(LEGACY_OUTBOX_KEY)}, ${JSON.stringify(JSON.stringify(legacy))});
  }`);
  // The network drops every POST for now, so the answer has to wait in the new outbox.
  await page.route('**/api/responses', (route) => route.abort('internetdisconnected'));
  await page.goto(`${suite.server.baseUrl}/accessibility`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const moved = await eventually(() => outbox(page), (entries) => entries.length === 1);
  expect(moved.map((e) => e.body)).toEqual([legacy[0].body]);
  await expect(page.evaluate(`localStorage.getItem(${JSON.stringify(LEGACY_OUTBOX_KEY)})`)).resolves.toBeNull();
  await expect(page.locator('.outbox-note').textContent()).resolves.toContain('Yksi vastaus odottaa lähettämistä');
  await expect(storedResponses(suite.server.databasePath, clientResponseId)).resolves.toEqual([]);

  await page.unroute('**/api/responses');
  await expect(eventually(() => outbox(page), (entries) => entries.length === 0, 20_000)).resolves.toEqual([]);
  const stored = await eventually(() => storedResponses(suite.server.databasePath, clientResponseId), (rows) => rows.length > 0);
  expect(stored).toHaveLength(1);
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p))).toEqual([]);
});
