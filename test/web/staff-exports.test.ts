import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { SERVER_TEST_NOW } from '../support/server';
import { useBrowserSuite } from '../support/browser';
import { DEMO, expectFieldError, getTextFromPage, logInAt, newDesktopContext } from './support/staff';
import { halfYearOf } from '../../reports/periods';

// A region analyst downloads an Excel workbook or CSV for Excel in Finnish, sees the same URL
// for scripts, and manages an export token that works with exactly that URL until it is revoked.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  ({ page } = await suite.open(newDesktopContext(suite.browser)));
  await logInAt(page, `${suite.server.baseUrl}/staff/exports`, DEMO.analyst);
  await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
});


test('an analyst downloads the visitor survey responses as an Excel workbook first: typed cells, English headers, only region 04', async () => {
  const year = String(halfYearOf(SERVER_TEST_NOW).year);
  await page.getByRole('radio', { name: 'Responses' }).check();
  await page.getByLabel('Survey').selectOption('visitor-survey');
  await page.getByLabel('Period').selectOption(year);
  await expect(page.getByLabel('File format').inputValue()).resolves.toBe('xlsx');
  const shownUrl = (await page.getByTestId('export-url').textContent())!.trim();
  expect(shownUrl).toBe(`${suite.server.baseUrl}/api/exports/responses.xlsx?survey=visitor-survey&period=${year}&lang=en`);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Responses', 'Codebook', 'Read me']);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(6).value).toBe('Wellbeing region code');
  expect(sheet.rowCount).toBeGreaterThan(10);
  const regions = new Set(sheet.getColumn(6).values.slice(2));
  expect([...regions]).toEqual(['04']);
});

test('an analyst downloads the visitor survey responses as Excel (Finnish) CSV: BOM, semicolons, CRLF, only region 04', async () => {
  const year = String(halfYearOf(SERVER_TEST_NOW).year);
  await page.getByRole('radio', { name: 'Responses' }).check();
  await page.getByLabel('Survey').selectOption('visitor-survey');
  await page.getByLabel('Period').selectOption(year);
  await page.getByLabel('File format').selectOption('excel-fi');

  const shownUrl = (await page.getByTestId('export-url').textContent())!.trim();
  expect(shownUrl).toBe(`${suite.server.baseUrl}/api/exports/responses.csv?survey=visitor-survey&period=${year}&dialect=excel-fi`);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the file' }).click()]);
  expect(download.url()).toBe(shownUrl);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync((await download.path())!);

  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.split('\r\n').filter((line) => line !== '');
  expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  expect(lines[0].startsWith('response_id;survey_key;survey_version;meeting_place;region_code;period;locale;')).toBe(true);
  expect(lines.length).toBeGreaterThan(10);
  const header = lines[0].split(';');
  const regionColumn = header.indexOf('region_code');
  const regions = new Set(lines.slice(1).map((line) => line.split(';')[regionColumn]));
  expect([...regions]).toEqual(['04']);
  // Written answers are never exported.
  expect(header).not.toContain('feedback_free_text');
});

test('an export token made on the page downloads the shown URL with curl-style Bearer auth, until it is revoked', async () => {
  await page.getByRole('radio', { name: 'Codebook (codebook.csv)' }).check();
  await page.getByLabel('Survey').selectOption('visitor-survey');
  await page.getByLabel('File format').selectOption('rfc4180');
  const url = (await page.getByTestId('export-url').textContent())!.trim();
  expect(url).toBe(`${suite.server.baseUrl}/api/exports/codebook.csv?survey=visitor-survey&dialect=rfc4180`);

  await page.getByLabel('Token name').fill('Power BI, monthly report');
  await expect(page.getByLabel('Region', { exact: true }).inputValue()).resolves.toBe('04');
  await page.getByRole('button', { name: 'Create export token' }).click();
  const secret = page.getByTestId('export-token');
  await secret.waitFor();
  const token = (await secret.textContent())!.trim();
  expect(token.length).toBeGreaterThanOrEqual(20);

  const withToken = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(withToken.status).toBe(200);
  expect(await withToken.text()).toMatch(/^[a-z_]+(,[a-z_]+)+\r\n/);

  // Listed, shown only as its name (the secret is not in the table).
  const table = page.getByRole('table', { name: /Export tokens/ });
  const row = table.getByRole('row', { name: /Power BI, monthly report/ });
  await row.waitFor();
  await expect(table.textContent()).resolves.not.toContain(token);

  await row.getByRole('button', { name: 'Revoke the export token Power BI, monthly report' }).click();
  await row.getByRole('button', { name: 'Yes, revoke' }).click();
  await page.getByText('The export token "Power BI, monthly report" has been revoked.').waitFor();
  await row.getByText(/^Revoked/).waitFor();

  const afterRevoke = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(afterRevoke.status).toBe(401);
});

test('the codebook for paper forms and every export link carry the chosen format', async () => {
  await page.getByRole('radio', { name: 'Indicators' }).check();
  await page.getByLabel('Level').selectOption('region');
  await page.getByLabel('Period').selectOption(`${halfYearOf(SERVER_TEST_NOW).year}-H1`);
  await page.getByLabel('File format').selectOption('rfc4180');
  await expect(page.getByRole('link', { name: 'Download the file' }).getAttribute('href')).resolves.toBe(
    `/api/exports/indicators.csv?level=region&period=${halfYearOf(SERVER_TEST_NOW).year}-H1&dialect=rfc4180`,
  );
  await expect(page.getByText(/curl -fsS -H "Authorization: Bearer \$KOHTAAMO_TOKEN"/).count()).resolves.toBe(1);
  // The link works: one row per region and indicator, in the contract's columns.
  const href = (await page.getByRole('link', { name: 'Download the file' }).getAttribute('href'))!;
  const csv = await getTextFromPage(page, href);
  expect(csv.status).toBe(200);
  // The contract's columns first; coverage and the change with its interval are appended (docs/csv-format.md).
  expect(csv.text.split('\r\n')[0]).toBe(
    'period,level,area_code,area_name,indicator,value,n,suppressed,ci95_low,ci95_high,status,released_at,' +
      'coverage_from,coverage_to,coverage_partial,previous_period,previous_value,change,change_ci95_low,change_ci95_high,change_clear,change_comparable',
  );
  expect(csv.text).toContain(`${halfYearOf(SERVER_TEST_NOW).year}-H1,region,04,`);
});

test('in Finnish, an export token without a name is not sent: the field says so and takes focus', async () => {
  await page.goto(`${suite.server.baseUrl}/staff/exports?lang=fi`);
  await page.getByRole('heading', { level: 1, name: 'Vienti' }).waitFor();
  await page.getByRole('button', { name: 'Luo vientitunnus' }).click();
  await expectFieldError(page, 'Tunnuksen nimi', 'Pakollinen tieto puuttuu.', { focused: true });
  // Nothing was sent: no token, no refusal from the server.
  await expect(page.getByTestId('export-token').count()).resolves.toBe(0);
  await expect(page.getByRole('alert').count()).resolves.toBe(0);
});
