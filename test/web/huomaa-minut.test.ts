import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, prepareTestContext, useBrowserSuite } from '../support/browser';
import { eventually, serviceWorkerInControl } from './support/respondent';
import { DEMO, getFromPage, logInAt, newDesktopContext } from './support/staff';

// Issue #19: a whole children's round in the browser. The place's staff open a Huomaa minut
// round, two children answer with an adult (one in Finnish, one in Arabic) on a tablet, the
// round is closed (the place's kiosks' last contact shown first), a further answer is refused
// and the summary shows two children and "fewer than 5 answers". The server's today is
// 10 December 2026 (SERVER_TEST_NOW); Hervanta has no round in December in the demo data.

jest.setTimeout(180_000);

const suite = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  // A tablet in landscape: the flow is made for 1024×768 and larger.
  ({ page } = await suite.open(newDesktopContext(suite.browser)));
  await page.setViewportSize({ width: 1024, height: 768 });
  page.setDefaultTimeout(20_000);
});

interface Child {
  language: string;
  age: string;
  pictures: string[][];
  wish: string;
  observation: string;
}

/** One child with the adult: language and age, a picture on each screen, the wish, the observation. */
async function answerChild(child: Child): Promise<void> {
  await page.getByRole('heading', { name: 'A new child' }).waitFor();
  await page.getByRole('group', { name: 'Child’s language' }).getByLabel(child.language, { exact: true }).check();
  await page.getByRole('group', { name: /^Child.s age/ }).getByLabel(child.age, { exact: true }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  for (const [i, pictures] of child.pictures.entries()) {
    await page.getByText(`Question ${i + 1} of ${child.pictures.length}`).waitFor();
    for (const picture of pictures) {
      const choice = page.getByRole('button', { name: picture, exact: true });
      await choice.click();
      await expect(choice.getAttribute('aria-pressed')).resolves.toBe('true');
    }
    if (i === 0) await expectNoSeriousAxeViolations(page, `picture question (${child.language})`);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.locator('#hm-wish').fill(child.wish);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel(/What did you notice/).fill(child.observation);
  await page.getByRole('button', { name: 'Save and next child' }).click();
  await page.getByRole('heading', { name: 'The answer was saved.' }).waitFor();
  await page.getByRole('button', { name: 'Next child' }).click();
}

test('a whole children’s round: open, two children with an adult (Finnish, Arabic), close, refused after, the summary', async () => {
  // What the tablet sends: the child's language is the response's locale; the adult's is not stored.
  const sent: { locale: string; answers: Record<string, unknown> }[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/responses')) sent.push(request.postDataJSON());
  });
  await logInAt(page, `${suite.server.baseUrl}/staff/rounds`, DEMO.admin);
  await page.getByLabel('Meeting place', { exact: true }).selectOption('hervanta');
  const table = page.getByRole('table', { name: /Hervanta.*collection rounds/ });
  await page.getByRole('heading', { name: /Rounds: .*Hervanta/ }).waitFor();

  // Open the round: from today to next week.
  await page.getByLabel('Survey', { exact: true }).selectOption('huomaa-minut');
  await page.getByLabel('First day').fill('2026-12-10');
  await page.getByLabel('Last day').fill('2026-12-18');
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await page.getByRole('status').filter({ hasText: 'has been planned' }).waitFor();
  const row = table.getByRole('row', { name: /Notice me/ }).filter({ hasText: '10/12/2026–18/12/2026' });
  await row.filter({ hasText: 'open' }).waitFor();

  // The adult-assisted flow, started by the signed-in staff.
  await row.getByRole('link', { name: /^Record a child’s answer/ }).click();
  await page.getByRole('heading', { level: 1, name: /Notice me \(Huomaa minut\)/ }).waitFor();
  await expectNoSeriousAxeViolations(page, 'children’s round, first screen');
  await answerChild({
    language: 'Suomi',
    age: '3–4 years',
    pictures: [['Kivalta'], ['Kyllä'], ['Leikkiminen', 'Kaverit']],
    wish: 'Lisää palikoita',
    observation: 'Innostui kuvista.',
  });
  await answerChild({
    language: 'العربية',
    age: '5–6 years',
    pictures: [['جميل'], ['أحيانًا'], ['الكتب والقصص']],
    wish: 'أرجوحة',
    observation: 'Answered with her mother translating.',
  });
  // The pictures are the bundled Twemoji.
  await expect(page.evaluate(() => fetch('/pictograms/1f60a.svg').then((res) => res.status))).resolves.toBe(200);

  const round = (await getFromPage<{ id: string; surveyKey: string; startsOn: string; respondents: number }[]>(page, '/api/meeting-places/hervanta/rounds')).body.find(
    (r) => r.surveyKey === 'huomaa-minut' && r.startsOn === '2026-12-10',
  )!;
  expect(round.respondents).toBe(2);
  expect(sent.map((body) => [body.locale, body.answers])).toEqual([
    ['fi', { feels_here: 3, felt_heard: 3, fun_things: ['play', 'friends'], wish: 'Lisää palikoita', adult_observation: 'Innostui kuvista.', age_band: '3-4' }],
    ['ar', { feels_here: 3, felt_heard: 2, fun_things: ['books'], wish: 'أرجوحة', adult_observation: 'Answered with her mother translating.', age_band: '5-6' }],
  ]);

  // Close it: the place's kiosks' last contact is shown first.
  await page.goto(`${suite.server.baseUrl}/staff/rounds`);
  await page.getByLabel('Meeting place', { exact: true }).selectOption('hervanta');
  await row.getByRole('button', { name: /^Close the round Notice me/ }).click();
  await row.getByRole('button', { name: 'Yes, close' }).click();
  await page.getByRole('status').filter({ hasText: 'has been closed' }).waitFor();
  await row.filter({ hasText: 'closed' }).waitFor();

  // A further answer is refused, by the API and by the flow's page.
  const refused = await page.evaluate(async (placeSlug) => {
    const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('csrf-token='))!.split('=')[1]);
    const res = await fetch('/api/responses', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ surveyKey: 'huomaa-minut', surveyVersion: 2, meetingPlace: placeSlug, clientResponseId: crypto.randomUUID(), locale: 'fi', answers: { felt_heard: 3 } }),
    });
    return { status: res.status, type: (await res.json()).type };
  }, 'hervanta');
  expect(refused).toEqual({ status: 409, type: '/problems/round-not-open' });
  await page.goto(`${suite.server.baseUrl}/staff/rounds/${round.id}/huomaa-minut`);
  await page.getByText('The round is not open').waitFor();

  // The summary: two children, fewer than five, so no shares.
  await page.goto(`${suite.server.baseUrl}/staff/rounds/${round.id}/summary`);
  await page.getByRole('heading', { level: 1, name: 'Round summary' }).waitFor();
  await page.getByText('Answered: 2').waitFor();
  await page.getByText('fewer than 5 answers').first().waitFor();
  await expect(page.getByRole('table').count()).resolves.toBe(0);
  await expect(page.getByText('%').count()).resolves.toBe(0);
  await expectNoSeriousAxeViolations(page, 'round summary');
  // Printable: on paper no menus or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print (A4)' }).isVisible()).resolves.toBe(false);
  await expect(page.locator('.staff-nav').isVisible()).resolves.toBe(false);
});

test('a kiosk of the place switched to Huomaa minut mode with its PIN takes a child’s answer, offline too, once', async () => {
  // The place's coordinator registers a kiosk at Koivukylä, whose Huomaa minut round is open today.
  const staffContext = await suite.browser.newContext();
  expect((await staffContext.request.post(`${suite.server.baseUrl}/api/auth/login`, { data: DEMO.coordinator })).status()).toBe(200);
  const csrf = (await staffContext.cookies()).find((cookie) => cookie.name === 'csrf-token')!.value;
  const registered = await staffContext.request.post(`${suite.server.baseUrl}/api/meeting-places/koivukyla/kiosks`, {
    data: { name: 'Lastenhuone', pin: '4071' },
    headers: { 'X-CSRF-Token': csrf },
  });
  expect(registered.status()).toBe(201);
  const kiosk = (await registered.json()) as { setupUrl: string };

  const context = await suite.browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki', hasTouch: true });
  ({ page } = await suite.open(prepareTestContext(context, { pinClock: true }), { expectNoProblems: false }));
  page.setDefaultTimeout(20_000);
  const statuses: number[] = [];
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && response.url().endsWith('/api/responses')) statuses.push(response.status());
  });
  await page.goto(`${suite.server.baseUrl}${kiosk.setupUrl}`);
  await page.locator('.kiosk-faces').waitFor();
  await serviceWorkerInControl(page);

  // Out of the faces with the PIN, into Huomaa minut mode.
  await page.locator('.kiosk-corner').focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('PIN-koodi', { exact: true }).fill('4071');
  await page.getByRole('button', { name: 'Jatka' }).click();
  await page.getByRole('button', { name: 'Huomaa minut -tila (lasten kierros)' }).click();
  await page.getByRole('heading', { name: 'Uusi lapsi' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'kiosk in Huomaa minut mode');

  const child = async (picture: string) => {
    await page.getByRole('group', { name: 'Lapsen kieli' }).getByLabel('Suomi', { exact: true }).check();
    await page.getByRole('group', { name: 'Lapsen ikä' }).getByLabel('5–6 vuotta', { exact: true }).check();
    await page.getByRole('button', { name: 'Aloita' }).click();
    await page.getByRole('button', { name: picture, exact: true }).click();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Seuraava', exact: true }).click();
    await page.getByRole('button', { name: 'Tallenna ja seuraava lapsi' }).click();
  };
  await child('Kivalta');
  await page.getByRole('heading', { name: 'Vastaus tallennettu.' }).waitFor();
  await page.getByRole('button', { name: 'Seuraava lapsi' }).click();

  // Offline: the answer waits in the one outbox and goes, once, when the network returns.
  await context.setOffline(true);
  await child('Ihan ok');
  await page.getByRole('heading', { name: /odottaa tabletilla/ }).waitFor();
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await eventually(
    () => page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('kohtaamo');
      open.onsuccess = () => {
        const request = open.result.transaction('outbox').objectStore('outbox').count();
        request.onsuccess = () => resolve(request.result);
      };
    })),
    (waiting) => waiting === 0,
  );
  expect(statuses).toEqual([201, 201]);
  await page.getByRole('button', { name: 'Seuraava lapsi' }).click();
  await page.getByRole('button', { name: 'Lopeta' }).click();
  await page.locator('.kiosk-faces').waitFor();
  await staffContext.close();

  // Before the round is closed, the coordinator sees when the place's kiosks were last in touch.
  ({ page } = await suite.open(newDesktopContext(suite.browser)));
  await logInAt(page, `${suite.server.baseUrl}/staff/rounds`, DEMO.coordinator);
  const open = page.getByRole('row', { name: /Notice me/ }).filter({ hasText: 'open' });
  await open.getByRole('button', { name: /^Close the round Notice me/ }).click();
  const kiosks = open.getByRole('list', { name: 'The place’s kiosks last in touch' });
  await kiosks.getByText(/^Lastenhuone: \d\d\/12\/2026/).waitFor();
  await expectNoSeriousAxeViolations(page, 'closing a round, with the kiosks’ last contact');
  await open.getByRole('button', { name: 'Keep it' }).click();
});
