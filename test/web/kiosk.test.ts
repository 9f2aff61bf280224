import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, prepareTestContext, useBrowserSuite } from '../support/browser';
import { eventually, serviceWorkerInControl } from './support/respondent';
import { DEMO } from './support/staff';
import { kioskAnswers } from './support/stored-responses';

const kioskMoods = async (databasePath: string, kioskId: string) => (await kioskAnswers(databasePath, kioskId)).map((a) => a.mood);

// Issue #18: the kiosk tablet by the door. Set up from its setup link, it records answers with
// the network off, reloads offline, sends everything once the network returns (nothing twice),
// counts a child's drumming once, returns to the default language after each answer, and says
// so when the staff disconnect it.

jest.setTimeout(180_000);

const suite = useBrowserSuite();

/** A tablet in landscape, as the kiosks by the door are. */
async function tablet(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki', hasTouch: true });
  const { page } = await suite.open(prepareTestContext(context, { pinClock: true }), { expectNoProblems: false });
  return { context, page };
}

/** The place's coordinator, over HTTP: registers and revokes kiosks (the staff page has its own test). */
async function coordinatorApi(): Promise<{ request: APIRequestContext; csrf: string }> {
  const context = await suite.browser.newContext();
  const login = await context.request.post(`${suite.server.baseUrl}/api/auth/login`, { data: DEMO.coordinator });
  expect(login.status()).toBe(200);
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'csrf-token')!.value;
  return { request: context.request, csrf };
}

const question = (page: Page) => page.locator('#kiosk-question');
const face = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** The faces are on screen, ready for the next family. */
const facesShown = (page: Page) => page.locator('.kiosk-faces').waitFor();

/**
 * Taps a face, picks the follow-ups given (or none) and ends with "Done" (in the kiosk's
 * language), then waits until the faces are back for the next family.
 */
async function answer(page: Page, name: string, options: { respondent?: string; done?: string } = {}): Promise<void> {
  await face(page, name).click();
  await page.locator('.kiosk-choices').waitFor();
  if (options.respondent) {
    await page.getByRole('button', { name: options.respondent, exact: true }).click();
    await page.locator('.kiosk-choice[aria-pressed]').first().waitFor();
  }
  await page.getByRole('button', { name: options.done ?? 'Valmis', exact: true }).click();
  await page.locator('.kiosk-thanks').waitFor();
  await facesShown(page);
  // Taps closer than the kiosk's repeat interval (3 s) count once: the next family comes later.
  await page.waitForTimeout(600);
}

test('a kiosk set up from its link answers offline, reloads offline and sends every answer once', async () => {
  const staff = await coordinatorApi();
  const registered = await staff.request.post(`${suite.server.baseUrl}/api/meeting-places/koivukyla/kiosks`, {
    data: { name: 'Ovi', pin: '4071' },
    headers: { 'X-CSRF-Token': staff.csrf },
  });
  expect(registered.status()).toBe(201);
  const kiosk = (await registered.json()) as { id: string; setupUrl: string };

  const { context, page } = await tablet();
  await page.goto(`${suite.server.baseUrl}${kiosk.setupUrl}`);
  await question(page).waitFor();
  await expect(question(page).textContent()).resolves.toBe('Millainen päivä täällä oli?');
  // The setup code left the address bar with the activation.
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('button', { name: 'العربية' }).count()).resolves.toBe(1);
  await expectNoSeriousAxeViolations(page, 'kiosk faces');
  // The service worker keeps the kiosk's page and code for a reload without network.
  await serviceWorkerInControl(page);
  await eventually(
    () => page.evaluate<string[]>(`caches.open('kohtaamo-app-v1').then((c) => c.keys()).then((keys) => keys.map((k) => new URL(k.url).pathname))`),
    (paths) => paths.includes('/kiosk.html') && paths.some((p) => /^\/assets\/kiosk-.+\.js$/.test(p)),
  );

  await context.setOffline(true);
  await answer(page, 'Kiva', { respondent: 'Lapsi' });
  await expectNoSeriousAxeViolations(page, 'kiosk after an answer');
  await answer(page, 'Ihan ok');
  await answer(page, 'Harmittaa');
  await page.reload();
  await question(page).waitFor();
  await answer(page, 'Kiva');
  await expect(page.getByRole('status').textContent()).resolves.toBe('4 vastausta odottaa lähetystä');

  await context.setOffline(false);
  const stored = await eventually(() => kioskAnswers(suite.server.databasePath, kiosk.id), (rows) => rows.length >= 4, 30_000);
  expect(stored.map((a) => a.mood)).toEqual([3, 2, 1, 3]);
  expect(stored[0]).toEqual({ mood: 3, respondent: 'child' });
  expect(stored[1]).toEqual({ mood: 2 });
  await eventually(() => page.getByRole('status').textContent(), (text) => text === '');

  // A child drums on a face: twenty taps in two seconds count once.
  await page.evaluate(`(() => { const face = document.querySelector('.kiosk-face--3'); for (let i = 0; i < 20; i++) face.click(); })()`);
  await page.getByRole('button', { name: 'Valmis', exact: true }).click();
  await page.locator('.kiosk-thanks').waitFor();
  await facesShown(page);
  await eventually(() => kioskMoods(suite.server.databasePath, kiosk.id), (stored) => stored.length >= 5, 30_000);
  await page.waitForTimeout(1000);
  await expect(kioskMoods(suite.server.databasePath, kiosk.id)).resolves.toHaveLength(5);

  // A family answers in Swedish; the next one finds the kiosk in Finnish again.
  await page.waitForTimeout(3000);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(question(page).textContent()).resolves.toBe('Hur var dagen här?');
  await answer(page, 'Bra', { done: 'Klar' });
  await expect(question(page).textContent()).resolves.toBe('Millainen päivä täällä oli?');
  await eventually(() => kioskMoods(suite.server.databasePath, kiosk.id), (stored) => stored.length >= 6, 30_000);

  // The staff disconnect the tablet (lost, say): it says so.
  const revoked = await staff.request.post(`${suite.server.baseUrl}/api/kiosks/${kiosk.id}/revoke`, { headers: { 'X-CSRF-Token': staff.csrf } });
  expect(revoked.status()).toBe(200);
  await page.reload();
  await page.getByRole('heading', { name: 'Tämä kioski on irrotettu.' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'kiosk disconnected');
});

test('leaving kiosk mode needs the PIN; a tablet without setup says how to set it up', async () => {
  const staff = await coordinatorApi();
  const registered = await staff.request.post(`${suite.server.baseUrl}/api/meeting-places/koivukyla/kiosks`, {
    data: { name: 'Leikkihuone', pin: '2580' },
    headers: { 'X-CSRF-Token': staff.csrf },
  });
  const kiosk = (await registered.json()) as { setupUrl: string };
  const { page } = await tablet();
  await page.goto(`${suite.server.baseUrl}/kiosk`);
  await page.getByRole('heading', { name: 'Tätä tablettia ei ole vielä otettu kioskiksi.' }).waitFor();
  await page.goto(`${suite.server.baseUrl}${kiosk.setupUrl}`);
  await question(page).waitFor();
  // A used link says so.
  await page.goto(`${suite.server.baseUrl}${kiosk.setupUrl}`);
  await page.getByText('Asennuskoodi on jo käytetty tai vanhentunut.', { exact: false }).waitFor();
  await page.goto(`${suite.server.baseUrl}/kiosk`);
  await question(page).waitFor();

  const corner = page.getByRole('button', { name: 'Henkilökunnalle: pidä painettuna poistuaksesi kioskitilasta' });
  await corner.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'PIN-koodi' }).fill('1111');
  await page.getByRole('button', { name: 'Jatka' }).click();
  await page.getByRole('alert').filter({ hasText: 'Väärä PIN-koodi.' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'kiosk PIN');
  await page.getByRole('textbox', { name: 'PIN-koodi' }).fill('2580');
  await page.getByRole('button', { name: 'Jatka' }).click();
  await page.getByRole('heading', { name: 'Kioskitila on suljettu.' }).waitFor();
  await page.getByRole('button', { name: 'Palaa kioskitilaan' }).click();
  await question(page).waitFor();
});
