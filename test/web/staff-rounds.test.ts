import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, useBrowserSuite } from '../support/browser';
import { DEMO, expectFieldError, getFromPage, logInAt, newDesktopContext } from './support/staff';

// Collection rounds in the browser: a coordinator sees the place's rounds with their
// participation and releases, plans one, is told clearly when days clash, and cancels it;
// a steering group reads the same table without the buttons. The server's today is
// 10 December 2026 (SERVER_TEST_NOW).

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  ({ page } = await suite.open(newDesktopContext(suite.browser)));
});

test('a coordinator sees released and open rounds, plans a round, meets a clash and cancels the round', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/rounds`, DEMO.coordinator);
  await page.getByRole('heading', { level: 1, name: 'Collection rounds' }).waitFor();
  const table = page.getByRole('table', { name: /Koivukylä.*collection rounds/ });
  await table.waitFor();

  // The autumn visitor survey has ended and been released; Huomaa minut is open today.
  const visitorRows = table.getByRole('row', { name: /Visitor survey for families/ });
  await expect(visitorRows.first().textContent()).resolves.toMatch(/closed.*released \d\d\/\d\d\/20\d\d/);
  const openRow = table.getByRole('row', { name: /Notice me/ }).filter({ hasText: 'open' });
  await expect(openRow.count()).resolves.toBe(1);
  // A released round's figures open under it: the place's results days after the round, not next year.
  await visitorRows.first().locator('summary').click();
  const figures = page.getByRole('table', { name: /^Figures of the round Visitor survey for families/ });
  await figures.waitFor();
  await expect(figures.locator('tbody tr').count()).resolves.toBeGreaterThan(3);
  await expect(figures.locator('tbody tr').first().textContent()).resolves.toMatch(/\d/);
  await expectNoSeriousAxeViolations(page, 'rounds page');

  // Plan an instant-feedback round for the next week.
  await page.getByLabel('Survey', { exact: true }).selectOption('instant-feedback');
  await page.getByLabel('First day').fill('2026-12-14');
  await page.getByLabel('Last day').fill('2026-12-20');
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await page.getByRole('status').filter({ hasText: 'has been planned' }).waitFor();
  const planned = table.getByRole('row', { name: /Quick feedback/ }).filter({ hasText: '14/12/2026' });
  await expect(planned.textContent()).resolves.toMatch(/scheduled.*not released yet/);
  const rounds = await getFromPage<{ surveyKey: string; startsOn: string; endsOn: string; status: string }[]>(page, '/api/meeting-places/koivukyla/rounds');
  expect(rounds.body.filter((r) => r.surveyKey === 'instant-feedback')).toEqual([
    expect.objectContaining({ startsOn: '2026-12-14', endsOn: '2026-12-20', status: 'scheduled' }),
  ]);

  // The same days again: the form says why, in words, and keeps what was typed.
  await page.getByLabel('First day').fill('2026-12-18');
  await page.getByLabel('Last day').fill('2026-12-22');
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await page.getByRole('alert').filter({ hasText: 'already has a round of this survey on these days' }).waitFor();
  await expect(page.getByLabel('First day').inputValue()).resolves.toBe('2026-12-18');
  await expectNoSeriousAxeViolations(page, 'rounds page with an error');

  // Cancelling asks first, then frees the days.
  await planned.getByRole('button', { name: /^Cancel the round Quick feedback/ }).click();
  await planned.getByRole('button', { name: 'Yes, cancel it' }).click();
  await page.getByRole('status').filter({ hasText: 'has been cancelled' }).waitFor();
  await planned.getByRole('cell', { name: 'cancelled', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Plan the round' }).click();
  await page.getByRole('status').filter({ hasText: 'has been planned' }).waitFor();
});

test('a steering group reads the rounds without buttons to change them', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/rounds`, DEMO.steering);
  await page.goto(`${suite.server.baseUrl}/staff/rounds?lang=fi`);
  await page.getByRole('heading', { level: 1, name: 'Keruukierrokset' }).waitFor();
  await page.getByRole('table', { name: /Koivukylä.*keruukierrokset/ }).waitFor();
  await page.getByText('Voit katsoa kierroksia.').waitFor();
  await expect(page.getByRole('button', { name: /Päätä|Peru|Suunnittele/ }).count()).resolves.toBe(0);
  await expect(page.getByRole('columnheader', { name: 'Toiminnot' }).count()).resolves.toBe(0);
});

test("in Finnish, the plan form says by each day what is wrong: missing days and a last day before the first before sending, a first day in the past from the server", async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/rounds`, DEMO.coordinator);
  await page.goto(`${suite.server.baseUrl}/staff/rounds?lang=fi`);
  await page.getByRole('heading', { level: 1, name: 'Keruukierrokset' }).waitFor();
  await page.getByRole('button', { name: 'Suunnittele kierros' }).click();
  await expectFieldError(page, 'Ensimmäinen päivä', 'Pakollinen tieto puuttuu.', { focused: true });
  await expectFieldError(page, 'Viimeinen päivä', 'Pakollinen tieto puuttuu.');

  await page.getByLabel('Ensimmäinen päivä').fill('2026-12-20');
  await page.getByLabel('Viimeinen päivä').fill('2026-12-14');
  await page.getByRole('button', { name: 'Suunnittele kierros' }).click();
  await expectFieldError(page, 'Viimeinen päivä', 'Loppupäivä ei voi olla ennen alkupäivää.', { focused: true });
  await expect(page.getByLabel('Ensimmäinen päivä').getAttribute('aria-invalid')).resolves.toBe(null);

  // The server's today is 10 December 2026: a round cannot start on the 1st (code starts-in-past).
  await page.getByLabel('Ensimmäinen päivä').fill('2026-12-01');
  await page.getByRole('button', { name: 'Suunnittele kierros' }).click();
  await page.getByRole('alert').filter({ hasText: 'Kaikki tiedot eivät kelpaa.' }).waitFor();
  await expectFieldError(page, 'Ensimmäinen päivä', 'Alkupäivä ei voi olla menneisyydessä.');
  await expectNoSeriousAxeViolations(page, 'rounds plan form with errors in Finnish');
});
