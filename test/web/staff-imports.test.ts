import type { Page } from 'playwright-core';
import { SERVER_TEST_NOW } from '../support/server';
import { useBrowserSuite } from '../support/browser';
import { DEMO, expectFieldError, getFromPage, logInAt, newDesktopContext } from './support/staff';
import { helsinkiDateOf } from '../../reports/periods';

// Imports in the browser: a preview shows each row's action or errors and keeps Save off;
// the corrected file previews clean and is saved.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let page: Page;

beforeEach(async () => {
  ({ page } = await suite.open(newDesktopContext(suite.browser)));
});


function chooseCsv(name: string, text: string): Promise<void> {
  return page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('a registry file with an error row previews the error by its line and field; the fixed file is saved', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/imports`, DEMO.analyst);
  await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
  await page.getByRole('radio', { name: /Registry/ }).check();
  await page.getByLabel('File format').selectOption('rfc4180');

  const header = 'record_type,code,name_fi,name_en,municipality_code,service_area,address,active';
  const good = 'meeting-place,lehtikuusi,Lehtikuusen perhekahvila,Lehtikuusi family café,092,vantaa-keskinen,Lehtikuusentie 1,true';
  const broken = [header, good, 'meeting-place,ruusu-kahvila,Ruusun perhekahvila,,92,,,true'].join('\r\n') + '\r\n';
  await chooseCsv('places.csv', broken);
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByTestId('import-preview');
  await preview.getByRole('heading', { name: 'Preview' }).waitFor();
  await expect(preview.textContent()).resolves.toContain('Rows with errors: 1.');
  const table = preview.getByRole('table');
  const errorRow = table.getByRole('row', { name: /^3 / });
  await expect(errorRow.textContent()).resolves.toMatch(/ruusu-kahvila.*Error.*municipality_code.*three-digit/);
  const okRow = table.getByRole('row', { name: /^2 / });
  await expect(okRow.textContent()).resolves.toMatch(/lehtikuusi.*New/);
  await expect(page.getByRole('button', { name: 'Save' }).isDisabled()).resolves.toBe(true);

  // Corrected: both rows are new, Save is enabled and saves them.
  const fixed = [header, good, 'meeting-place,ruusu-kahvila,Ruusun perhekahvila,,092,,,true'].join('\r\n') + '\r\n';
  await chooseCsv('places-fixed.csv', fixed);
  await expect(preview.count()).resolves.toBe(0); // a new file makes the old preview go
  await page.getByRole('button', { name: 'Preview' }).click();
  await preview.getByText('The file has no errors.').waitFor();
  await expect(preview.textContent()).resolves.toContain('New 2, changed 0, unchanged 0, with errors 0.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('import-applied').waitFor();
  await expect(page.getByTestId('import-applied').textContent()).resolves.toBe('The import has been saved: new 2, changed 0, unchanged 0.');

  const created = await getFromPage<{ slug: string; municipalityCode: string; serviceArea: { id: string } | null }>(page, '/api/meeting-places/lehtikuusi');
  expect(created.status).toBe(200);
  expect(created.body.municipalityCode).toBe('092');
  expect(created.body.serviceArea?.id).toBe('vantaa-keskinen');
});

test('a coordinator imports paper-form responses in the Excel (Finnish) format, with the codebook a click away', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/imports`, DEMO.coordinator);
  await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
  // A coordinator imports paper responses only.
  await expect(page.getByRole('radio').count()).resolves.toBe(0);
  await page.getByLabel('Survey').selectOption('instant-feedback');
  await expect(page.getByRole('link', { name: /Download the codebook/ }).getAttribute('href')).resolves.toBe(
    '/api/exports/codebook.csv?survey=instant-feedback&dialect=excel-fi',
  );

  const surveys = (await getFromPage<Array<{ key: string; currentVersion: number }>>(page, '/api/surveys')).body;
  const current = surveys.find((s) => s.key === 'instant-feedback')!.currentVersion;
  const today = helsinkiDateOf(SERVER_TEST_NOW);
  const header = 'paper_id;survey_version;meeting_place;locale;received_on;mood';
  const bad = `\uFEFF${header}\r\nK-001;${current};koivukyla;fi;${today};3\r\nK-002;${current};koivukyla;fi;2026-02-30;2\r\n`;
  await chooseCsv('paper.csv', bad);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('row', { name: /^3 / }).textContent()).resolves.toMatch(/received_on.*date/);
  await expect(page.getByRole('button', { name: 'Save' }).isDisabled()).resolves.toBe(true);

  const good = `\uFEFF${header}\r\nK-001;${current};koivukyla;fi;${today};3\r\nK-002;${current};koivukyla;fi;${today};2\r\n`;
  await chooseCsv('paper.csv', good);
  await page.getByRole('button', { name: 'Preview' }).click();
  await preview.getByText('The file has no errors.').waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('import-applied').textContent()).resolves.toBe('The import has been saved: new 2, changed 0, unchanged 0.');
});

test('in Finnish, a preview without a file is not sent: the file field says so and takes focus', async () => {
  await logInAt(page, `${suite.server.baseUrl}/staff/imports`, DEMO.coordinator);
  await page.goto(`${suite.server.baseUrl}/staff/imports?lang=fi`);
  await page.getByRole('heading', { level: 1, name: 'Tuonti' }).waitFor();
  await page.getByRole('button', { name: 'Esikatsele' }).click();
  await expectFieldError(page, 'CSV-tiedosto', 'Valitse tiedosto.', { focused: true });
  await expect(page.getByTestId('import-preview').count()).resolves.toBe(0);
});
