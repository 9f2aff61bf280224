import type { Page } from 'playwright-core';
import { halfYearOf } from '../../reports/periods';
import { expectNoSeriousAxeViolations, useBrowserSuite } from '../support/browser';
import { SERVER_TEST_NOW } from '../support/server';
import { DEMO, getFromPage, logInAt, newDesktopContext } from './support/staff';

// Issue #15: the year view shows every instrument. The children's Huomaa minut indicators are
// published per half-year (one round each); a year's dashboards list them per half-year with
// the API's figures instead of leaving them out without a word.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
/** The dashboards open on the last year that has ended: the demo's released year. */
const year = String(halfYearOf(SERVER_TEST_NOW).year - 1);
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

type Cell = { key: string; value: number | null; n: number; status: string; unit: 'share' | 'mean' };
type HalfYear = { period: string; indicators: Cell[] };

function fiShare(value: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

async function openDashboard(path: string): Promise<Page> {
  const { page } = await suite.open(newDesktopContext(suite.browser));
  await logInAt(page, `${suite.server.baseUrl}${path}`, DEMO.analyst);
  await page.locator('[data-testid="half-yearly"]').waitFor();
  return page;
}

test('a place’s year lists its Huomaa minut rounds per half-year, with the API’s figures', async () => {
  const page = await openDashboard('/staff/dashboards/place/koivukyla');
  const api = await getFromPage<{ period: string; indicators: Cell[]; halfYearly: HalfYear[] }>(
    page,
    `/api/indicators?level=meeting-place&code=koivukyla&period=${year}`,
  );
  expect(api.body.period).toBe(year);
  // The year itself has no children's indicator: they live in halfYearly.
  expect(api.body.indicators.map((i) => i.key)).not.toContain('child-heard');
  expect(api.body.halfYearly.map((h) => h.period)).toEqual([`${year}-H1`, `${year}-H2`]);

  const section = page.locator('[data-testid="half-yearly"]');
  await expect(section.getByRole('heading', { name: 'Per half-year: the Huomaa minut rounds' }).count()).resolves.toBe(1);
  for (const half of api.body.halfYearly) {
    for (const cell of half.indicators) {
      const row = section.locator(`tr[data-indicator="${cell.key}"][data-period="${half.period}"]`);
      await expect(row.count()).resolves.toBe(1);
      const shown = plain(await row.locator('td').nth(1).textContent());
      if (cell.status === 'published') expect(shown).toBe(plain(fiShare(cell.value!)));
      else expect(shown).toMatch(/fewer than 5 answers|withheld|no answers|not released/i);
    }
  }
  // Koivukylä held both rounds of the year: the children's figures are there.
  const childHeard = api.body.halfYearly.map((h) => h.indicators.find((i) => i.key === 'child-heard')!);
  expect(childHeard.every((cell) => cell.n > 0)).toBe(true);
  await expectNoSeriousAxeViolations(page, 'place dashboard with half-yearly rounds');
});

test('a region’s year compares its areas’ Huomaa minut rounds per half-year', async () => {
  const page = await openDashboard('/staff/dashboards/region/04');
  const api = await getFromPage<{ halfYearly: Array<HalfYear & { total: { indicators: Cell[] } }> }>(
    page,
    `/api/indicators/comparison?level=region&code=04&period=${year}&childLevel=meeting-place`,
  );
  const section = page.locator('[data-testid="half-yearly"]');
  const headers = plain(await section.locator('thead').textContent());
  expect(headers).toContain(`January–June ${year}`);
  expect(headers).toContain(`July–December ${year}`);
  expect(headers).toContain('Child feels heard');
  // The region's own row first, with the API's figure for each half-year.
  const firstRow = section.locator('tbody tr').first();
  for (const [index, half] of api.body.halfYearly.entries()) {
    const cell = half.total.indicators.find((i) => i.key === 'child-heard')!;
    const columns = half.total.indicators.length;
    const text = plain(await firstRow.locator('td').nth(index * columns + half.total.indicators.indexOf(cell)).textContent());
    if (cell.status === 'published') expect(text).toContain(plain(fiShare(cell.value!)));
    expect(text).toContain(`n = ${new Intl.NumberFormat('en-GB').format(cell.n)}`);
  }
  await expectNoSeriousAxeViolations(page, 'region dashboard with half-yearly rounds');
});
