import type { BrowserContext, Page } from 'playwright-core';
import { SERVER_TEST_NOW } from '../support/server';
import { useBrowserSuite, watchForProblems } from '../support/browser';
import { DEMO, expectFieldError, getFromPage, getTextFromPage, logInAt, newDesktopContext } from './support/staff';
import { halfYearOf } from '../../reports/periods';

// Staff accounts in the browser: logging in where you wanted to go, an admin creating a
// steering-group account for one place, its first login with the temporary password, and
// what that account may then read.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
const contexts: BrowserContext[] = [];
/** The steering-group account the admin creates, once it has its own password. */
let newMember: { email: string; password: string } | null = null;
const watched: string[][] = [];

afterEach(async () => {
  expect(watched.splice(0).flat()).toEqual([]);
  for (const context of contexts.splice(0)) await context.close();
});

async function newPage(): Promise<Page> {
  const context = await newDesktopContext(suite.browser);
  contexts.push(context);
  const page = await context.newPage();
  watched.push(watchForProblems(page));
  return page;
}

test('a wrong password is refused kindly, and the right one opens the page that was asked for', async () => {
  const page = await newPage();
  await page.goto(`${suite.server.baseUrl}/staff/places`);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Log in');

  await page.getByLabel('Email').fill(DEMO.analyst.email);
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Wrong email or password.');
  // The form is ready for another try, with focus on the message and the password emptied.
  await expect(page.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe('');

  await page.getByLabel('Password', { exact: true }).fill(DEMO.analyst.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meeting places' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/staff/places');
  // An analyst's menu: no audit log (admin only).
  const menu = page.getByRole('navigation', { name: 'Staff menu' });
  await expect(menu.getByRole('link').allTextContents()).resolves.toEqual([
    'Dashboards',
    'Collection rounds',
    'Self- and peer evaluation',
    'Evaluation plan',
    'Annual report',
    'Kiosks',
    'Exports',
    'Imports',
    'Users',
    'Places',
    'Change password',
  ]);
  // Its region only: Koivukylä (04) is listed, Hervanta (Pirkanmaa, 08) is not.
  const places = page.getByRole('table', { name: /Meeting places/ });
  await places.getByRole('rowheader', { name: /Koivukylä open meeting place/ }).waitFor();
  await expect(places.getByRole('rowheader', { name: /Hervanta/ }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
  await expect(getFromPage(page, '/api/auth/me').then((r) => r.status)).resolves.toBe(401);
});

test('an admin creates a steering-group account for Koivukylä; at first login it changes the temporary password and then reads only Koivukylä', async () => {
  const admin = await newPage();
  await logInAt(admin, `${suite.server.baseUrl}/staff/users`, DEMO.admin);
  await admin.getByRole('heading', { level: 1, name: 'Users' }).waitFor();

  const email = 'johtoryhma.koivukyla@kohtaamo.example';
  await admin.getByLabel('Email').fill(email);
  await admin.getByLabel('Role').selectOption({ label: 'Steering group' });
  await admin.getByRole('checkbox', { name: 'Koivukylä open meeting place for families' }).check();
  await admin.getByRole('button', { name: 'Create account' }).click();

  const secret = admin.getByTestId('temporary-password');
  await secret.waitFor();
  const temporaryPassword = (await secret.textContent())!.trim();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
  await admin.getByText(`The account ${email} has been created.`).waitFor();
  const row = admin.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
  await row.waitFor();
  await expect(row.textContent()).resolves.toMatch(/Steering group.*Koivukylä open meeting place for families.*Temporary password/);

  // First login, in another browser: the password change comes before anything else.
  const member = await newPage();
  await logInAt(member, `${suite.server.baseUrl}/staff`, { email, password: temporaryPassword });
  await member.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
  await member.getByText('You have a temporary password.').waitFor();
  await expect(member.getByRole('navigation', { name: 'Staff menu' }).count()).resolves.toBe(0);
  // Until it is changed, the API serves nothing else either.
  await expect(getFromPage(member, '/api/meeting-places/koivukyla').then((r) => r.status)).resolves.toBe(200); // public
  await expect(getFromPage(member, '/api/service-areas').then((r) => r.status)).resolves.toBe(403);

  // Too short first: the message is by the field.
  await member.getByLabel('Current password').fill(temporaryPassword);
  await member.getByLabel('New password', { exact: true }).fill('short');
  await member.getByLabel('New password again').fill('short');
  await member.getByRole('button', { name: 'Change password' }).click();
  await member.getByText('The password needs at least 12 characters.').waitFor();
  await expect(member.getByLabel('New password', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');

  const newPassword = 'koivukylan johtoryhma kokoontuu';
  await member.getByLabel('New password', { exact: true }).fill(newPassword);
  await member.getByLabel('New password again').fill(newPassword);
  await member.getByRole('button', { name: 'Change password' }).click();
  await member.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
  await member.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();
  const menu = member.getByRole('navigation', { name: 'Staff menu' });
  await expect(menu.getByRole('link').allTextContents()).resolves.toEqual(['Dashboards', 'Collection rounds', 'Self- and peer evaluation', 'Evaluation plan', 'Annual report', 'Exports', 'Change password']);

  // The admin's list no longer says "temporary password".
  await admin.reload();
  const reloadedRow = admin.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
  await reloadedRow.waitFor();
  await expect(reloadedRow.textContent()).resolves.not.toContain('Temporary password');

  // A steering group sees figures only: no response rows, not even of its own place.
  const year = halfYearOf(SERVER_TEST_NOW).year;
  const own = await getTextFromPage(member, `/api/exports/responses.csv?survey=visitor-survey&period=${year}&dialect=rfc4180`);
  expect(own.status).toBe(403);

  newMember = { email, password: newPassword };
});

test("on its dashboard the new steering-group member reads Koivukylä's figures but none of its families' written answers", async () => {
  expect(newMember).not.toBeNull();
  const member = await newPage();
  await logInAt(member, `${suite.server.baseUrl}/staff/dashboards/place/koivukyla`, newMember!);
  const year = halfYearOf(SERVER_TEST_NOW).year;
  // Families are told only the place's staff read what they write.
  await expect(getFromPage(member, `/api/meeting-places/koivukyla/free-text?period=${year}`).then((r) => r.status)).resolves.toBe(403);
  await member.locator('[data-testid="key-figures"]').waitFor();
  await expect(member.locator('blockquote').count()).resolves.toBe(0);
});

test("a region analyst manages only place roles, with only its own region's places to choose from", async () => {
  const analyst = await newPage();
  await logInAt(analyst, `${suite.server.baseUrl}/staff/users`, DEMO.analyst);
  await analyst.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  // The form renders once the account list and the reference data have loaded.
  await analyst.getByLabel('Role').locator('option', { hasText: 'Steering group' }).waitFor({ state: 'attached' });
  await expect(analyst.getByLabel('Role').locator('option').allTextContents()).resolves.toEqual(['Coordinator', 'Steering group']);
  await analyst.getByRole('checkbox', { name: 'Tikkurila family meeting place' }).waitFor();
  const choices = await analyst.getByRole('group', { name: 'Meeting places' }).getByRole('checkbox').count();
  expect(choices).toBe(7); // the demo places of region 04; Pirkanmaa's two are not offered
  // The accounts it manages: the coordinator and the steering group of region 04, not the admin.
  const emails = await analyst.getByRole('table', { name: /Accounts/ }).getByRole('rowheader').allTextContents();
  expect(emails).toContain(DEMO.coordinator.email);
  expect(emails).not.toContain(DEMO.admin.email);

  await analyst.getByLabel('Email').fill('koordinaattori.tikkurila@kohtaamo.example');
  await analyst.getByRole('checkbox', { name: 'Tikkurila family meeting place' }).check();
  await analyst.getByRole('button', { name: 'Create account' }).click();
  await analyst.getByTestId('temporary-password').waitFor();
  await analyst.getByRole('rowheader', { name: 'koordinaattori.tikkurila@kohtaamo.example' }).waitFor();
});

test('a deactivated account can no longer log in', async () => {
  const admin = await newPage();
  await logInAt(admin, `${suite.server.baseUrl}/staff/users`, DEMO.admin);
  await admin.getByRole('button', { name: `Edit the account ${DEMO.coordinator.email}` }).click();
  await admin.getByRole('heading', { level: 2, name: `Edit: ${DEMO.coordinator.email}` }).waitFor();
  await admin.getByRole('button', { name: 'Deactivate' }).click();
  await admin.getByText(`The account ${DEMO.coordinator.email} has been deactivated.`).waitFor();
  await admin.getByRole('row', { name: new RegExp(DEMO.coordinator.email.replace(/\./g, '\\.')) }).getByText('Deactivated').waitFor();

  const coordinator = await newPage();
  await coordinator.goto(`${suite.server.baseUrl}/staff`);
  await coordinator.getByLabel('Email').fill(DEMO.coordinator.email);
  await coordinator.getByLabel('Password', { exact: true }).fill(DEMO.coordinator.password);
  await coordinator.getByRole('button', { name: 'Log in' }).click();
  await expect(coordinator.getByRole('alert').textContent()).resolves.toContain('Wrong email or password.');

  // Reactivated, it works again.
  await admin.getByRole('button', { name: `Edit the account ${DEMO.coordinator.email}` }).click();
  await admin.getByRole('button', { name: 'Reactivate' }).click();
  await admin.getByText(`The account ${DEMO.coordinator.email} is active again.`).waitFor();
  await coordinator.getByLabel('Password', { exact: true }).fill(DEMO.coordinator.password);
  await coordinator.getByRole('button', { name: 'Log in' }).click();
  await coordinator.getByRole('button', { name: 'Log out' }).waitFor();
});

test("the server's validation errors are told in Finnish and in Swedish", async () => {
  const admin = await newPage();
  await logInAt(admin, `${suite.server.baseUrl}/staff/users`, DEMO.admin);
  const languages = [
    { lang: 'fi', title: 'Käyttäjät', email: 'Sähköposti', create: 'Luo tunnus', places: 'Kohtaamispaikat', summary: 'Kaikki tiedot eivät kelpaa. Korjaa merkityt kohdat.', field: 'Valitse vähintään yksi kohtaamispaikka.' },
    { lang: 'sv', title: 'Användare', email: 'E-post', create: 'Skapa konto', places: 'Mötesplatser', summary: 'Alla uppgifter godtas inte. Rätta de markerade fälten.', field: 'Välj minst en mötesplats.' },
  ];
  for (const t of languages) {
    await admin.goto(`${suite.server.baseUrl}/staff/users?lang=${t.lang}`);
    await admin.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await admin.getByRole('group', { name: t.places }).getByRole('checkbox').first().waitFor();
    // A coordinator without a meeting place: the form sends it, the API refuses it (code meeting-place-required).
    await admin.getByLabel(t.email, { exact: true }).fill(`ilman.paikkaa.${t.lang}@kohtaamo.example`);
    await admin.getByRole('button', { name: t.create }).click();
    await admin.getByRole('alert').filter({ hasText: t.summary }).waitFor();
    await expect(admin.getByRole('group', { name: t.places }).locator('.field__error').textContent()).resolves.toBe(t.field);
  }
});

test('in Swedish, a missing email is said before sending and a malformed one (the server\'s is-email) by the field', async () => {
  const admin = await newPage();
  await logInAt(admin, `${suite.server.baseUrl}/staff/users`, DEMO.admin);
  await admin.goto(`${suite.server.baseUrl}/staff/users?lang=sv`);
  await admin.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
  await admin.getByRole('group', { name: 'Mötesplatser' }).getByRole('checkbox').first().check();
  await admin.getByRole('button', { name: 'Skapa konto' }).click();
  await expectFieldError(admin, 'E-post', 'Uppgiften är obligatorisk.', { focused: true });
  await expect(admin.getByRole('alert').count()).resolves.toBe(0);

  await admin.getByLabel('E-post', { exact: true }).fill('inte-en-adress');
  await admin.getByRole('button', { name: 'Skapa konto' }).click();
  await admin.getByRole('alert').filter({ hasText: 'Alla uppgifter godtas inte.' }).waitFor();
  await expectFieldError(admin, 'E-post', 'Skriv e-postadressen i formen namn@exempel.fi.');
  // The place chosen is still chosen: nothing typed or ticked is lost.
  await expect(admin.getByRole('group', { name: 'Mötesplatser' }).getByRole('checkbox').first().isChecked()).resolves.toBe(true);
});
