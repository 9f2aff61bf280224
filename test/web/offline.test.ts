import type { BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, useBrowserSuite, newPhoneContext } from '../support/browser';
import { answerInstantFeedback, eventually, outbox } from './support/respondent';
import { storedResponses } from './support/stored-responses';
import { SERVER_TEST_NOW } from '../support/server';

// Meeting places have patchy Wi-Fi. Answers must survive a lost connection and arrive
// exactly once, however many times the device tries.

jest.setTimeout(90_000);

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  // The page's own delivery, without the service worker's Background Sync racing it (and
  // bypassing page.route): offline-app.test.ts covers the worker.
  ({ context, page } = await suite.open(newPhoneContext(suite.browser, { locale: 'fi-FI', serviceWorkers: 'block' })));
});



const delivery = () => page.locator('[data-delivery]');

test('the network is cut during submit: answers wait on the device, then arrive exactly once', async () => {
  await answerInstantFeedback(page, suite.server.baseUrl);

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Valmis' }).click();

  // The family is thanked and told the answers will be sent.
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  await expect(delivery().getAttribute('data-delivery')).resolves.toBe('queued');
  await expect(delivery().textContent()).resolves.toBe(
    'Vastauksesi on tallennettu tähän laitteeseen, ja ne lähetetään automaattisesti, kun verkkoyhteys palaa.',
  );
  await expectNoSeriousAxeViolations(page, 'thank-you page, answers queued');
  const queued = await outbox(page);
  expect(queued).toHaveLength(1);
  const { clientResponseId } = queued[0].body;
  expect(queued[0].body).toMatchObject({ surveyKey: 'instant-feedback', answers: { mood: 3, respondent: 'child' } });
  await expect(storedResponses(suite.server.databasePath, clientResponseId)).resolves.toEqual([]);

  // Back online: sent without the family doing anything.
  const accepted = page.waitForResponse((r) => r.url().endsWith('/api/responses'));
  await context.setOffline(false);
  // 201, or 200 if the browser itself replayed the POST on a new connection: either way stored once.
  expect([200, 201]).toContain((await accepted).status());
  await page.locator('[data-delivery="sent"]').waitFor();
  await expect(delivery().textContent()).resolves.toBe('Vastauksesi on lähetetty.');
  await expect(outbox(page)).resolves.toEqual([]);

  const stored = await storedResponses(suite.server.databasePath, clientResponseId);
  expect(stored).toHaveLength(1);
  expect(stored[0].answers).toMatchObject({ mood: 3, respondent: 'child' });
});

test('the reply is lost after the server stored the answers: the retry does not duplicate them', async () => {
  await answerInstantFeedback(page, suite.server.baseUrl);

  // The first POST reaches the server, but the phone never hears back.
  const statuses: number[] = [];
  await page.route('**/api/responses', async (route) => {
    if (statuses.length === 0) {
      const reply = await route.fetch();
      statuses.push(reply.status());
      await route.abort('connectionreset');
    } else {
      const reply = await route.fetch();
      statuses.push(reply.status());
      await route.fulfill({ response: reply });
    }
  });

  await page.getByRole('button', { name: 'Valmis' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  await expect(delivery().getAttribute('data-delivery')).resolves.toBe('queued');
  const [{ body }] = await outbox(page);
  await expect(storedResponses(suite.server.databasePath, body.clientResponseId)).resolves.toHaveLength(1);

  // The outbox retries on its own (a few seconds later); the server recognises the replay.
  await page.locator('[data-delivery="sent"]').waitFor({ timeout: 30_000 });
  expect(statuses).toEqual([201, 200]);
  await expect(outbox(page)).resolves.toEqual([]);
  const stored = await eventually(
    () => storedResponses(suite.server.databasePath, body.clientResponseId),
    (rows) => rows.length === 1,
  );
  expect(stored).toHaveLength(1);
});

test('answers queued on one visit are sent when the device next opens any page', async () => {
  await answerInstantFeedback(page, suite.server.baseUrl);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Valmis' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  const [{ body }] = await outbox(page);

  // The tab is closed while offline; later the kiosk opens the place page again.
  await page.close();
  await context.setOffline(false);
  ({ page } = await suite.open(context));
  const accepted = page.waitForResponse((r) => r.url().endsWith('/api/responses'));
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  expect([200, 201]).toContain((await accepted).status());
  await expect(eventually(() => outbox(page), (entries) => entries.length === 0)).resolves.toEqual([]);
  await expect(storedResponses(suite.server.databasePath, body.clientResponseId)).resolves.toHaveLength(1);
});

test('an answer queued offline keeps the moment it was given, not the moment it arrived', async () => {
  // The family answers two days before the phone is back online (the server's clock is at
  // SERVER_TEST_NOW): the stored answer must count at the moment "Done" was pressed.
  const answeredOn = new Date(SERVER_TEST_NOW.getTime() - 2 * 86_400_000);
  await context.clock.install({ time: answeredOn });
  await answerInstantFeedback(page, suite.server.baseUrl);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Valmis' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kiitos vastauksistasi!' }).waitFor();
  const [{ body }] = await outbox(page);
  const pressed = new Date(body.answeredAt!);
  expect(Math.abs(pressed.getTime() - answeredOn.getTime())).toBeLessThan(10 * 60_000);

  // The retry sends the same moment.
  const retried = page.waitForRequest((r) => r.url().endsWith('/api/responses'));
  await context.setOffline(false);
  expect(JSON.parse((await retried).postData() ?? '{}')).toMatchObject({ answeredAt: body.answeredAt });
  await page.locator('[data-delivery="sent"]').waitFor({ timeout: 30_000 });

  const [stored] = await eventually(
    () => storedResponses(suite.server.databasePath, body.clientResponseId),
    (rows) => rows.length === 1,
  );
  expect(stored.answeredAt.toISOString()).toBe(pressed.toISOString());
  expect(stored.receivedAt.getTime() - stored.answeredAt.getTime()).toBeGreaterThan(86_400_000);
});
