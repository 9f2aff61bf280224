import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, useBrowserSuite } from '../support/browser';
import { DEMO, expectFieldError, getFromPage, logInAt, newDesktopContext } from './support/staff';

// The Kiosks page (issue #18): a coordinator registers a tablet and gets its one-time setup
// code, link and QR code, sees it in the list, and disconnects it; the name, the PIN and the
// repeat interval are checked before anything is sent, in the page's language; steering groups
// have no such page.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  ({ page } = await suite.open(newDesktopContext(suite.browser)));
});

test('a coordinator registers a kiosk, sees its setup link and QR code, and disconnects it', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/kiosks`, DEMO.coordinator);
  await page.getByRole('heading', { level: 1, name: 'Kiosks' }).waitFor();
  await page.getByRole('heading', { name: /^Kiosks: Koivukylä/ }).waitFor();

  // A PIN that is not 4–8 digits: said by the field before sending, with focus there.
  await page.getByLabel('Name', { exact: true }).fill('Ovi');
  await page.getByLabel('PIN', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Register' }).click();
  await expectFieldError(page, 'PIN', 'The PIN is 4–8 digits and nothing else.', { focused: true });
  await expectNoSeriousAxeViolations(page, 'kiosks page with an error');

  await page.getByLabel('PIN', { exact: true }).fill('4071');
  await page.getByRole('button', { name: 'Register' }).click();
  const setup = page.getByTestId('kiosk-setup');
  await setup.getByRole('heading', { name: 'Set up the kiosk Ovi' }).waitFor();
  const code = (await setup.locator('code').textContent())!;
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
  await expect(setup.getByRole('link').getAttribute('href')).resolves.toBe(`${suite.server.baseUrl}/kiosk#setup=${code}`);
  await expect(setup.getByRole('img', { name: 'QR code of the setup link of the kiosk Ovi' }).locator('svg').count()).resolves.toBe(1);

  const table = page.getByRole('table', { name: /Koivukylä.*kiosks/ });
  const row = table.getByRole('row', { name: /Ovi/ });
  await expect(row.textContent()).resolves.toMatch(/waiting to be set up.*not yet.*0/);
  await expectNoSeriousAxeViolations(page, 'kiosks page');

  // How close taps count once, per kiosk.
  await row.getByRole('spinbutton', { name: 'Repeat interval of the kiosk Ovi in seconds' }).fill('5');
  await row.getByRole('button', { name: 'Save: Repeat interval of the kiosk Ovi in seconds' }).click();
  await page.getByRole('status').filter({ hasText: 'The repeat interval of the kiosk Ovi is now 5 s.' }).waitFor();

  await row.getByRole('button', { name: 'Disconnect the kiosk Ovi' }).click();
  await page.getByRole('button', { name: 'Yes, disconnect' }).click();
  await page.getByRole('status').filter({ hasText: 'The kiosk Ovi has been disconnected.' }).waitFor();
  // The list is read again after the change: the row follows a moment later.
  await row.filter({ hasText: 'disconnected' }).waitFor();
  const listed = await getFromPage<{ name: string; status: string; repeatIntervalSeconds: number }[]>(page, '/api/meeting-places/koivukyla/kiosks');
  expect(listed.body.find((k) => k.name === 'Ovi')).toMatchObject({ status: 'revoked', repeatIntervalSeconds: 5 });
});

test('in Finnish, the register form and the repeat interval say by their fields what to correct', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/kiosks`, DEMO.coordinator);
  await page.goto(`${suite.server.baseUrl}/staff/kiosks?lang=fi`);
  await page.getByRole('heading', { level: 1, name: 'Kioskit' }).waitFor();
  await page.getByLabel('PIN-koodi', { exact: true }).fill('12ab');
  await page.getByRole('button', { name: 'Rekisteröi' }).click();
  // The first field to correct takes focus; nothing was sent.
  await expectFieldError(page, 'Nimi', 'Pakollinen tieto puuttuu.', { focused: true });
  await expectFieldError(page, 'PIN-koodi', 'PIN-koodissa pitää olla 4–8 numeroa eikä muita merkkejä.');
  await expect(page.getByRole('alert').count()).resolves.toBe(0);

  await page.getByLabel('Nimi', { exact: true }).fill('Leikkihuone');
  await page.getByLabel('PIN-koodi', { exact: true }).fill('5823');
  await page.getByRole('button', { name: 'Rekisteröi' }).click();
  await page.getByTestId('kiosk-setup').waitFor();
  const row = page.getByRole('row', { name: /Leikkihuone/ });
  const interval = 'Kioskin Leikkihuone toistoväli sekunteina';
  await row.getByRole('spinbutton', { name: interval }).fill('90');
  await row.getByRole('button', { name: `Tallenna: ${interval}` }).click();
  await expectFieldError(row, interval, 'Anna kokonainen sekuntimäärä väliltä 1–60.', { focused: true });
  await expectNoSeriousAxeViolations(page, 'kiosks page in Finnish with errors');
});

test('a steering group has no Kiosks page', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/dashboards`, DEMO.steering);
  await expect(page.getByRole('link', { name: 'Kiosks' }).count()).resolves.toBe(0);
  await page.goto(`${suite.server.baseUrl}/staff/kiosks`);
  await page.getByRole('heading', { level: 1, name: 'Kiosks' }).waitFor();
  await expect(page.getByRole('button', { name: 'Register' }).count()).resolves.toBe(0);
});
