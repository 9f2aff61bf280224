import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations, useBrowserSuite, newPhoneContext, scrollWidth, tabTo } from '../support/browser';
import { DEMO, logInAt, newDesktopContext } from './support/staff';

// Every staff page, in the states people meet (forms with errors, one-time secrets, previews),
// passes axe with no serious or critical findings; the staff code never reaches the
// respondent pages; keyboard and small screens work.

jest.setTimeout(180_000);

const suite = useBrowserSuite();
let page: Page;


async function open(options: { phone?: boolean; locale?: string } = {}): Promise<void> {
  ({ page } = await suite.open(options.phone ? await newPhoneContext(suite.browser, { locale: options.locale ?? 'en-GB' }) : await newDesktopContext(suite.browser, options)));
}

async function visit(path: string, h1: string): Promise<void> {
  await page.goto(`${suite.server.baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
  // Wait for the page's data: no loading indicator left.
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

test('the login form and every admin page pass axe, also with errors and one-time secrets shown', async () => {
  await open();
  await page.goto(`${suite.server.baseUrl}/staff`);
  await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
  await expectNoSeriousAxeViolations(page, 'login');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('This is required.').first().waitFor();
  await expectNoSeriousAxeViolations(page, 'login with errors');

  await logInAt(page, `${suite.server.baseUrl}/staff`, DEMO.admin);
  await visit('/staff', 'Staff');
  await expectNoSeriousAxeViolations(page, '/staff');

  await visit('/staff/users', 'Users');
  await expectNoSeriousAxeViolations(page, '/staff/users');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('alert').waitFor();
  await expectNoSeriousAxeViolations(page, '/staff/users with errors');
  await page.getByLabel('Email').fill('axe.coordinator@kohtaamo.example');
  await page.getByRole('checkbox', { name: 'Tikkurila family meeting place' }).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('temporary-password').waitFor();
  await expectNoSeriousAxeViolations(page, '/staff/users with a temporary password');
  await page.getByRole('button', { name: `Edit the account ${DEMO.analyst.email}` }).click();
  await page.getByRole('heading', { level: 2, name: `Edit: ${DEMO.analyst.email}` }).waitFor();
  await expectNoSeriousAxeViolations(page, '/staff/users editing');

  await visit('/staff/places', 'Meeting places');
  await expectNoSeriousAxeViolations(page, '/staff/places');
  await page.getByRole('button', { name: 'Edit Koivukylä open meeting place for families' }).click();
  await page.getByRole('heading', { level: 2, name: /Edit meeting place/ }).waitFor();
  await expectNoSeriousAxeViolations(page, '/staff/places editing');

  await visit('/staff/exports', 'Exports');
  await expectNoSeriousAxeViolations(page, '/staff/exports');
  await page.getByLabel('Token name').fill('axe');
  await page.getByRole('button', { name: 'Create export token' }).click();
  await page.getByTestId('export-token').waitFor();
  await expectNoSeriousAxeViolations(page, '/staff/exports with a new token');

  await visit('/staff/imports', 'Imports');
  await expectNoSeriousAxeViolations(page, '/staff/imports');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('record_type;code;name_fi\r\nmeeting-place;X Y;\r\n'),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByTestId('import-preview').waitFor();
  await expectNoSeriousAxeViolations(page, '/staff/imports with a preview');

  await visit('/staff/audit', 'Audit log');
  await expectNoSeriousAxeViolations(page, '/staff/audit');

  await visit('/staff/password', 'Change password');
  await expectNoSeriousAxeViolations(page, '/staff/password');
});

test('the staff pages pass axe in Finnish and Swedish too, and for a coordinator', async () => {
  await open({ locale: 'fi-FI' });
  await page.goto(`${suite.server.baseUrl}/staff/places`);
  await page.getByLabel('Sähköposti').fill(DEMO.coordinator.email);
  await page.getByLabel('Salasana').fill(DEMO.coordinator.password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Kohtaamispaikat' }).waitFor();
  await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('fi');
  await expectNoSeriousAxeViolations(page, 'fi /staff/places (coordinator)');
  await visit('/staff/imports?lang=sv', 'Import');
  await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('sv');
  await expectNoSeriousAxeViolations(page, 'sv /staff/imports (coordinator)');
  await visit('/staff/exports?lang=sv', 'Export');
  await expectNoSeriousAxeViolations(page, 'sv /staff/exports (coordinator)');
  // The menu keeps the chosen language.
  await expect(page.getByRole('link', { name: 'Mötesplatser' }).getAttribute('href')).resolves.toBe('/staff/places?lang=sv');
  // A coordinator has no user management: the page says so instead of failing.
  await visit('/staff/users?lang=sv', 'Användare');
  await page.getByText('Ditt konto har inte åtkomst till den här sidan.').waitFor();
});

test('login and the menu work with the keyboard alone, with a visible focus', async () => {
  await open();
  await page.goto(`${suite.server.baseUrl}/staff/exports`);
  await tabTo(page, 'a.skip-link');
  await tabTo(page, 'input[type=email]');
  await page.keyboard.type(DEMO.analyst.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO.analyst.password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
  await tabTo(page, '.staff-nav a[href="/staff/imports"]');
  const outline = await page.evaluate<string>(`getComputedStyle(document.activeElement).outlineStyle`);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
  // After navigating, focus starts at the new content.
  await expect(page.evaluate<string>('document.activeElement.id')).resolves.toBe('main');
});

test('on a 360 px phone the staff pages do not scroll sideways (wide tables scroll inside their own box)', async () => {
  await open({ phone: true });
  await logInAt(page, `${suite.server.baseUrl}/staff`, DEMO.admin);
  for (const [path, h1] of [
    ['/staff', 'Staff'],
    ['/staff/users', 'Users'],
    ['/staff/places', 'Meeting places'],
    ['/staff/exports', 'Exports'],
    ['/staff/imports', 'Imports'],
    ['/staff/audit', 'Audit log'],
  ]) {
    await visit(path, h1);
    await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(360);
  }
});

test('the respondent pages never load the staff code', async () => {
  await open({ phone: true, locale: 'fi-FI' });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.css')) scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goto(`${suite.server.baseUrl}/s/koivukyla/instant-feedback`);
  await page.getByRole('button', { name: 'Aloita' }).click();
  await page.locator('[data-name="mood"]').waitFor();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => /staff|users-page|places-page|exports-page|imports-page|audit-page|dashboard|session/.test(path))).toEqual([]);
});
