import { readFileSync } from 'node:fs';
import { expectNoSeriousAxeViolations, useBrowserSuite } from '../support/browser';
import { pdfText } from '../support/pdf-text';
import { DEMO, logInAt, newDesktopContext } from './support/staff';

// Issue #21 B: the steering group opens its place's annual report from the dashboard, reads it
// as a printable A4 page and downloads the same report as a PDF; the region analyst opens the
// region version with its places side by side. Demo data: 2025 is released (a year of answers).

jest.setTimeout(360_000);

const suite = useBrowserSuite();

test('the steering group opens the annual report from its dashboard, prints it on A4 and downloads the PDF with the same figures', async () => {
  const { page } = await suite.open(newDesktopContext(suite.browser));
  await logInAt(page, `${suite.server.baseUrl}/staff/dashboards/place/koivukyla?period=2025`, DEMO.steering);
  await page.getByRole('link', { name: 'Annual report 2025 for the steering group (A4, PDF)' }).click();
  await page.getByRole('heading', { level: 2, name: /^Annual report 2025: Koivukyl/ }).waitFor();
  await expectNoSeriousAxeViolations(page, 'annual report page');

  // The shared indicators with their intervals: the row of feeling welcome has a published value.
  const table = page.getByRole('table', { name: 'Shared indicators' });
  const welcome = table.getByRole('row', { name: /^Feeling welcome/ });
  const cells = await welcome.getByRole('cell').allTextContents();
  expect(cells[0]).toMatch(/^\d+\.\d %$/);
  expect(cells[1]).toMatch(/^\d+\.\d–\d+\.\d %$/);
  await page.getByRole('heading', { level: 3, name: 'Development actions' }).waitFor();
  // The demo's plan of the year (api/src/plans): its activities with their statuses.
  const plan = page.getByRole('table', { name: 'Evaluation plan' });
  const firstActivity = (await plan.getByRole('row').nth(1).textContent())!;
  expect(firstActivity).toMatch(/(upcoming|due|done|overdue)$/);
  await page.getByRole('heading', { level: 3, name: 'Notice me (Huomaa minut) rounds' }).waitFor();

  // On paper (A4): the report only, without the menu, pickers or buttons.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('navigation', { name: 'Staff menu' }).isVisible()).toBe(false);
  expect(await page.getByLabel('Year', { exact: true }).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'Print (A4)' }).isVisible()).toBe(false);
  expect(await welcome.isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });

  // The PDF: made by the server, in the page's language, with the same figures.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF (2025)' }).click()]);
  expect(download.suggestedFilename()).toBe('kohtaamo-annual-report-koivukyla-2025-en.pdf');
  const text = pdfText(readFileSync((await download.path())!)).replace(/\s+/g, ' ');
  expect(text).toContain('Annual report 2025');
  expect(text).toContain(`Feeling welcome ${cells[0]} ${cells[1]} ${cells[2]}`);
  const [kind, when, status] = await plan.getByRole('row').nth(1).locator('th, td').allTextContents();
  expect(text).toContain(`${kind} ${when} ${status}`);

  // Another year from the picker: the report follows, and so does the PDF link.
  await page.getByLabel('Year', { exact: true }).selectOption('2026');
  await page.getByRole('heading', { level: 2, name: /^Annual report 2026: Koivukyl/ }).waitFor();
  await page.getByRole('link', { name: 'Download PDF (2026)' }).waitFor();
});

test('the region analyst opens the region version: the places side by side, and its PDF', async () => {
  const { page } = await suite.open(newDesktopContext(suite.browser));
  await logInAt(page, `${suite.server.baseUrl}/staff/annual-report?year=2025`, DEMO.analyst);
  await page.getByRole('link', { name: 'Annual report', exact: true }).waitFor();
  await page.getByLabel('Region’s annual report', { exact: true }).selectOption('04');
  await page.getByRole('heading', { level: 2, name: /^Regional annual report 2025: / }).waitFor();
  const table = page.getByRole('table', { name: 'The region’s meeting places side by side' });
  await table.getByRole('row', { name: /^Koivukyl/ }).waitFor();
  await table.getByRole('row', { name: /^Region in all/ }).waitFor();
  await expectNoSeriousAxeViolations(page, 'region annual report page');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF (2025)' }).click()]);
  expect(download.suggestedFilename()).toBe('kohtaamo-annual-report-region-04-2025-en.pdf');
  const text = pdfText(readFileSync((await download.path())!)).replace(/\s+/g, ' ');
  expect(text).toContain('Regional annual report 2025');
  expect(text).toMatch(/Koivukyl/);
});
