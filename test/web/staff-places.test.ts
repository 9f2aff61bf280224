import type { Page } from 'playwright-core';
import { useBrowserSuite } from '../support/browser';
import { DEMO, expectFieldError, getFromPage, logInAt, newDesktopContext } from './support/staff';

// Meeting places and service areas: an analyst adds and edits them in its region and
// deactivates (never deletes); mistakes are shown by the field in the page's language, whether
// the browser or the server found them; a coordinator edits only the name and address of its
// own place.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  ({ page } = await suite.open(newDesktopContext(suite.browser)));
});


test('an analyst adds a service area and a place in it, renames the place and deactivates it', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/places`, DEMO.analyst);
  await page.getByRole('heading', { level: 1, name: 'Meeting places' }).waitFor();

  const area = page.getByRole('region', { name: 'New service area' });
  await area.getByLabel('Code', { exact: true }).fill('vantaa-pohjoinen');
  await area.getByLabel('Municipality code').fill('092');
  await area.getByLabel('Name in Finnish').fill('Pohjoinen palvelualue');
  await area.getByLabel('Name in English (optional)').fill('Northern Vantaa service area');
  await area.getByRole('button', { name: 'Add' }).click();
  await page.getByText('The service area Northern Vantaa service area has been added.').waitFor();
  await page.getByRole('table', { name: /Service areas/ }).getByRole('rowheader', { name: 'Northern Vantaa service area' }).waitFor();

  const place = page.getByRole('region', { name: 'New meeting place' });
  // A slug with capitals and spaces: the API's message appears by the field.
  await place.getByLabel('Code', { exact: true }).fill('Kivistö Perhekahvila');
  await place.getByLabel('Name in Finnish').fill('Kivistön perhekahvila');
  await place.getByLabel('Municipality code').fill('092');
  await place.getByLabel('Service area').selectOption({ label: 'Northern Vantaa service area' });
  await place.getByRole('button', { name: 'Add' }).click();
  const slugField = place.getByLabel('Code', { exact: true });
  await place.getByText(/slug must be lower-case letters/).waitFor();
  await expect(slugField.getAttribute('aria-invalid')).resolves.toBe('true');

  await slugField.fill('kivisto');
  await place.getByRole('button', { name: 'Add' }).click();
  await page.getByText('The meeting place Kivistön perhekahvila has been added.').waitFor();
  const created = await getFromPage<{ regionCode: string; serviceArea: { id: string } | null; active: boolean }>(page, '/api/meeting-places/kivisto');
  expect(created.body).toMatchObject({ regionCode: '04', serviceArea: { id: 'vantaa-pohjoinen' }, active: true });

  await page.getByRole('button', { name: 'Edit Kivistön perhekahvila' }).click();
  const edit = page.getByRole('region', { name: /Edit meeting place/ });
  await edit.getByLabel('Name in English (optional)').fill('Kivistö family café');
  await edit.getByLabel('Address (optional)').fill('Kivistöntie 5, 01700 Vantaa');
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Changes saved: Kivistö family café.').waitFor();

  await page.getByRole('button', { name: 'Edit Kivistö family café' }).click();
  await page.getByRole('region', { name: /Edit meeting place/ }).getByRole('button', { name: 'Deactivate' }).click();
  await page.getByText('Kivistö family café has been deactivated.').waitFor();
  await page.getByRole('row', { name: /Kivistö family café/ }).getByText('Deactivated').waitFor();
  const after = await getFromPage<{ active: boolean; address: string; name: { en: string } }>(page, '/api/meeting-places/kivisto');
  expect(after.body).toMatchObject({ active: false, address: 'Kivistöntie 5, 01700 Vantaa', name: { en: 'Kivistö family café' } });
});

test('a coordinator sees only its own place and edits its name and address, not its structure', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/places`, DEMO.coordinator);
  const table = page.getByRole('table', { name: /Meeting places/ });
  await table.waitFor();
  await expect(table.getByRole('rowheader').allTextContents()).resolves.toEqual([
    expect.stringContaining('Koivukylä open meeting place for families'),
  ]);
  await expect(page.getByRole('region', { name: 'New meeting place' }).count()).resolves.toBe(0);
  await expect(page.getByRole('table', { name: /Service areas/ }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Edit Koivukylä open meeting place for families' }).click();
  const edit = page.getByRole('region', { name: /Edit meeting place/ });
  await expect(edit.getByLabel('Municipality code').count()).resolves.toBe(0);
  await expect(edit.getByRole('button', { name: 'Deactivate' }).count()).resolves.toBe(0);
  await edit.getByLabel('Address (optional)').fill('Koivukylän puistotie 4, 01360 Vantaa');
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/Changes saved/).waitFor();
  const after = await getFromPage<{ address: string; active: boolean }>(page, '/api/meeting-places/koivukyla');
  expect(after.body).toMatchObject({ address: 'Koivukylän puistotie 4, 01360 Vantaa', active: true });
});

test('the service area form says what is missing by each field before sending, with focus on the first', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/places`, DEMO.analyst);
  const area = page.getByRole('region', { name: 'New service area' });
  await area.getByLabel('Municipality code').fill('092');
  await area.getByRole('button', { name: 'Add' }).click();
  const code = area.getByLabel('Code', { exact: true });
  await expect(code.getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(code.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  await expect(area.getByLabel('Name in Finnish').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(area.getByLabel('Municipality code').getAttribute('aria-invalid')).resolves.toBe(null);
});

test("in Finnish, the place form says what is missing before sending, and the server's unknown municipality by its field", async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/places`, DEMO.analyst);
  await page.goto(`${suite.server.baseUrl}/staff/places?lang=fi`);
  const place = page.getByRole('region', { name: 'Uusi kohtaamispaikka' });
  await place.getByRole('button', { name: 'Lisää' }).click();
  await expectFieldError(place, 'Tunnus', 'Pakollinen tieto puuttuu.', { focused: true });
  await expectFieldError(place, 'Nimi suomeksi', 'Pakollinen tieto puuttuu.');
  await expectFieldError(place, 'Kuntanumero', 'Pakollinen tieto puuttuu.');

  // Filled in, but with a municipality code that does not exist: the API's code
  // unknown-municipality, told in Finnish by the field, and the summary takes focus.
  await place.getByLabel('Tunnus', { exact: true }).fill('olematon-kunta');
  await place.getByLabel('Nimi suomeksi').fill('Olemattoman kunnan perhekahvila');
  await place.getByLabel('Kuntanumero').fill('999');
  await place.getByRole('button', { name: 'Lisää' }).click();
  await place.getByRole('alert').filter({ hasText: 'Kaikki tiedot eivät kelpaa. Korjaa merkityt kohdat.' }).waitFor();
  await expectFieldError(place, 'Kuntanumero', 'Tällä koodilla ei ole kuntaa.');
  await expect(place.getByLabel('Tunnus', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(null);
  await expect(getFromPage(page, '/api/meeting-places/olematon-kunta').then((r) => r.status)).resolves.toBe(404);
});
