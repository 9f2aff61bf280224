import ExcelJS from 'exceljs';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { SERVER_TEST_NOW } from '../support/server';
import { expectNoSeriousAxeViolations, useBrowserSuite } from '../support/browser';
import { pdfPageTexts } from '../support/pdf-text';
import { DEMO, getFromPage, newDesktopContext } from './support/staff';
import { halfYearOf } from '../../reports/periods';

// The dashboards of issue #6 as a steering group, a region analyst and the country read them:
// the figures are exactly those of the indicator API, small groups read "fewer than 5 answers",
// tables sort and the view lives in the URL, every dashboard passes axe, paper works, and the
// respondent pages never download chart code.

jest.setTimeout(120_000);

const suite = useBrowserSuite();
let context: BrowserContext;
let page: Page;


type Cell = {
  key: string;
  value: number | null;
  n: number | null;
  status: 'published' | 'suppressed' | 'no-answers';
  change?: { value: number; ci95: [number, number]; clear: boolean; comparable: boolean } | null;
};
type Described = Cell & { unit: 'share' | 'mean'; direction: 'higher-is-better' | 'lower-is-better' };
type Row = { level: string; code: string | null; name: { fi: string }; indicators: Cell[] };
type Comparison = { indicators: Array<{ key: string; unit: 'share' | 'mean'; title: { fi: string } }>; total: Row; areas: Row[] };

/** The figure as the Finnish dashboard writes it (decimal comma, one decimal, % for shares). */
function fi(value: number, unit: 'share' | 'mean'): string {
  const options = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return new Intl.NumberFormat('fi-FI', unit === 'share' ? { style: 'percent', ...options } : options).format(value);
}

/** Spaces of any kind (the % sign follows a no-break space) as one plain space. */
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The period a dashboard opens with: this year from July on, else last year (Helsinki time). */
/** The last year that has ended: the dashboards open on its released figures. */
function defaultPeriod(now = SERVER_TEST_NOW): string {
  return String(halfYearOf(now).year - 1);
}

async function open(locale = 'fi-FI'): Promise<void> {
  ({ context, page } = await suite.open(newDesktopContext(suite.browser, { locale })));
}

/** Logs in over HTTP with the context's cookie jar (the login form has its own test). */
async function logIn(account: { email: string; password: string }): Promise<void> {
  const res = await context.request.post(`${suite.server.baseUrl}/api/auth/login`, { data: account });
  expect(res.status()).toBe(200);
}

/**
 * Waits until `expression` is true in the page. (page.waitForFunction compiles its string with
 * eval while polling, which the app's Content-Security-Policy rightly refuses.)
 */
async function until(expression: string, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate<boolean>(`Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await page.waitForTimeout(50);
  }
}

/** Opens a dashboard and waits until its figures are shown. */
async function visit(path: string): Promise<void> {
  await page.goto(`${suite.server.baseUrl}${path}`);
  await page.locator('.dash').waitFor();
  await until(`!document.querySelector('.loading') && document.querySelectorAll('.dash-figure canvas').length > 0`);
}

const keyFigure = (key: string) => page.locator(`[data-testid="key-figures"] tr[data-indicator="${key}"]`);
const areaCell = (code: string, key: string) => page.locator(`[data-testid="area-table"] tbody tr[data-area="${code}"] td[data-indicator="${key}"]`);

test('a steering-group member logs in and reads the Koivukylä dashboard: every figure is the API’s', async () => {
  await open('fi-FI');
  await page.goto(`${suite.server.baseUrl}/staff/dashboards`);
  await page.getByLabel('Sähköposti').fill(DEMO.steering.email);
  await page.getByLabel('Salasana', { exact: true }).fill(DEMO.steering.password);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();

  // /staff/dashboards picks the account's one place.
  await page.getByRole('heading', { level: 1, name: 'Koivukylän perheiden avoin kohtaamispaikka' }).waitFor();
  await until(`document.querySelectorAll('.dash-figure canvas').length === 2`);
  const url = new URL(page.url());
  expect(url.pathname).toBe('/staff/dashboards/place/koivukyla');
  const period = url.searchParams.get('period');
  expect(period).toBe(defaultPeriod());

  const api = await getFromPage<{ period: string; indicators: Described[] }>(page, `/api/indicators?level=meeting-place&code=koivukyla&period=${period}`);
  expect(api.status).toBe(200);
  expect(api.body.period).toBe(period);
  const byKey = new Map(api.body.indicators.map((i) => [i.key, i]));
  // Koivukylä is the big demo place: figures of the year's release are published (which ones
  // the release audit withholds to protect small places around it is its business).
  expect(api.body.indicators.filter((i) => i.status === 'published').length).toBeGreaterThan(3);
  expect(byKey.get('network-collaboration')!.status).toBe('published');
  await page.getByText(/^Luvut julkaistu \d/).waitFor();

  await expect(page.locator('[data-testid="key-figures"] tbody tr').count()).resolves.toBe(api.body.indicators.length);
  for (const indicator of api.body.indicators) {
    const row = keyFigure(indicator.key);
    if (indicator.status === 'published') {
      expect(plain(await row.locator('.dash-value').textContent())).toBe(plain(fi(indicator.value!, indicator.unit)));
      expect(plain(await row.locator('td').nth(2).textContent())).toBe(plain(new Intl.NumberFormat('fi-FI').format(indicator.n!)));
    } else {
      const why = indicator.status === 'no-answers' ? 'ei vastauksia' : indicator.n! < 5 ? 'alle 5 vastausta' : 'salattu pienemmän ryhmän suojaksi';
      expect(plain(await row.locator('td').first().textContent())).toBe(why);
      // Participation stays visible: suppression protects values, not counts.
      if (indicator.n! > 0) expect(plain(await row.locator('td').nth(2).textContent())).toBe(plain(new Intl.NumberFormat('fi-FI').format(indicator.n!)));
    }
  }
  // A share as a percentage, a mean with one decimal.
  const share = api.body.indicators.find((i) => i.status === 'published' && i.unit === 'share')!;
  expect(plain(await keyFigure(share.key).locator('.dash-value').textContent())).toMatch(/^\d{1,3},\d %$/);
  expect(plain(await keyFigure('network-collaboration').locator('.dash-value').textContent())).toMatch(/^[1-5],\d$/);

  // A change is better or worse only when its own interval excludes zero; otherwise it says
  // "no clear change", uncoloured, and either way shows the change's interval.
  const changed = api.body.indicators.filter((i) => i.status === 'published' && i.change);
  // The demo's year-on-year changes at one place are mostly noise: at least one must say so.
  expect(changed.some((i) => !i.change!.clear)).toBe(true);
  for (const indicator of changed) {
    const cell = keyFigure(indicator.key).locator('.dash-change');
    const text = plain(await cell.textContent());
    const { clear, comparable, value } = indicator.change!;
    const better = (value > 0) === (indicator.direction === 'higher-is-better');
    const verdict = !comparable ? 'ei vertailukelpoinen' : !clear ? 'ei selvää muutosta' : better ? 'parempi' : 'heikompi';
    expect(text).toContain(verdict);
    // The change's own interval, as the API gives it, in percentage points (or scale points).
    const scale = (x: number) => Math.round((indicator.unit === 'share' ? x * 100 : x) * 10) / 10;
    const signed = new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const [low, high] = indicator.change!.ci95.map((x) => signed.format(scale(x)));
    expect(text).toContain(plain(`muutoksen 95 %:n luottamusväli ${low} … ${high}`));
    if (!clear) expect(text).not.toMatch(/[▲▼]|parempi|heikompi/);
    await expect(cell.getAttribute('data-verdict')).resolves.toBe(!comparable ? 'not-comparable' : !clear ? 'no-clear-change' : better ? 'better' : 'worse');
  }

  // Both charts are images with a name and a text alternative that carries the figures.
  const canvases = page.locator('.dash-figure canvas[role="img"]');
  await expect(canvases.count()).resolves.toBe(2);
  for (const canvas of await canvases.all()) {
    await expect(canvas.getAttribute('aria-label')).resolves.toMatch(/Tervetullut olo/);
    const summaryId = await canvas.getAttribute('aria-describedby');
    // The chart's indicator (felt-welcome) in words: its value, or why it is withheld.
    const welcome = byKey.get('felt-welcome')!;
    const summary = plain(await page.locator(`[id="${summaryId}"]`).textContent());
    if (welcome.status === 'published') expect(summary).toContain(plain(fi(welcome.value!, 'share')));
    else expect(summary).toMatch(/alle 5 vastausta|salattu pienemmän ryhmän suojaksi|Yhtään lukua/);
  }
  // The comparison names the service area, municipality, region and country beside the place.
  const compareHeaders = plain(await page.locator('[data-testid="compare-table"] thead').textContent());
  for (const name of ['Itäinen palvelualue', 'Vantaa', 'Vantaan ja Keravan hyvinvointialue', 'Koko maa']) expect(compareHeaders).toContain(name);

  // The respondents' languages: counts of answers per language, the same as the API's.
  const mix = await getFromPage<{ languages: Array<{ locale: string; responses: number }> }>(
    page,
    `/api/meeting-places/koivukyla/respondent-languages?period=${period}`,
  );
  expect(mix.status).toBe(200);
  expect(mix.body.languages.map((l) => l.locale)).toContain('ar');
  await page.getByRole('heading', { level: 2, name: 'Vastaajien kielet' }).waitFor();
  const mixRows = await page.locator('.dash-languages tbody tr').evaluateAll((rows) =>
    rows.map((row) => [row.querySelector('th span')?.getAttribute('lang'), (row.querySelector('td')?.textContent ?? '').replace(/\s/g, '')]),
  );
  expect(mixRows).toEqual(mix.body.languages.map((l) => [l.locale, String(l.responses)]));
  await expect(page.locator('.dash-languages th span[lang="ar"]').textContent()).resolves.toBe('العربية');

  // Figures only: families are told that only the place's staff read what they write.
  await expect(page.getByRole('heading', { level: 2, name: /^Avoin palaute/ }).count()).resolves.toBe(0);

  await expectNoSeriousAxeViolations(page, 'place dashboard (fi)');
});

test('the open year shows how many have answered, and says that figures come when it ends', async () => {
  await open('fi-FI');
  await logIn(DEMO.steering);
  const year = String(halfYearOf(SERVER_TEST_NOW).year);
  await page.goto(`${suite.server.baseUrl}/staff/dashboards/place/koivukyla?period=${year}`);
  await page.getByText(/^Kausi on vielä auki: näet vastaajien määrät/).waitFor();
  const api = await getFromPage<{ indicators: Described[] }>(page, `/api/indicators?level=meeting-place&code=koivukyla&period=${year}`);
  const welcome = api.body.indicators.find((i) => i.key === 'felt-welcome')!;
  expect([welcome.status, welcome.value, welcome.n! > 0]).toEqual(['not-released', null, true]);
  await expect(keyFigure('felt-welcome').locator('.dash-missing').first().textContent()).resolves.toBe('ei vielä julkaistu');
  expect(plain(await keyFigure('felt-welcome').locator('td').nth(2).textContent())).toBe(plain(new Intl.NumberFormat('fi-FI').format(welcome.n!)));
  await expectNoSeriousAxeViolations(page, 'place dashboard, open year');
});

test('suppressed figures read “fewer than 5 answers” in every language, never 0 or blank', async () => {
  await open('fi-FI');
  await logIn(DEMO.analyst);
  const period = defaultPeriod();
  await visit(`/staff/dashboards/region/04?period=${period}`);
  const api = await getFromPage<Comparison>(page, `/api/indicators/comparison?level=region&code=04&period=${period}&childLevel=meeting-place`);
  const suppressed = api.body.areas.flatMap((row) => row.indicators.filter((c) => c.status === 'suppressed').map((c) => ({ code: row.code!, key: c.key, n: c.n! })));
  // The demo network has small places on purpose.
  expect(suppressed.length).toBeGreaterThan(0);
  for (const { code, key, n } of suppressed) {
    // Why in words (a small group, or withheld to protect one), and the participation n.
    expect(plain(await areaCell(code, key).locator('.dash-missing').textContent())).toBe(n < 5 ? 'alle 5 vastausta' : 'salattu pienemmän ryhmän suojaksi');
    expect(plain(await areaCell(code, key).locator('.dash-n').textContent())).toBe(`n = ${n}`);
  }
  const texts = (await page.locator('[data-testid="area-table"] td[data-indicator]').allTextContents()).map(plain);
  expect(texts.length).toBe((api.body.areas.length + 1) * api.body.indicators.length);
  expect(texts.filter((text) => text === '' || /^0([,.]0)?( %)?$/.test(text))).toEqual([]);
  // The bar chart leaves them out and says how many, and why.
  expect(plain(await page.locator('.dash-figure__summary').first().textContent())).toMatch(/\d+ alue(tta)?: (alle 5 vastausta|salattu pienemmän ryhmän suojaksi)\./);

  await visit(`/staff/dashboards/region/04?period=${period}&lang=sv`);
  const { code, key } = suppressed.find((cell) => cell.n < 5)!;
  expect(plain(await areaCell(code, key).locator('.dash-missing').textContent())).toBe('färre än 5 svar');
  await visit(`/staff/dashboards/region/04?period=${period}&lang=en`);
  expect(plain(await areaCell(code, key).locator('.dash-missing').textContent())).toBe('fewer than 5 answers');

  // Over time, a period whose figure is withheld reads the same in the chart's table.
  await visit(`/staff/dashboards/place/koivukyla?period=${period}&indicator=felt-welcome`);
  const series = await getFromPage<{ points: Array<{ period: string; status: string }> }>(
    page,
    '/api/indicators/series?level=meeting-place&code=koivukyla&indicator=felt-welcome&granularity=year',
  );
  const trendTable = page.locator('.dash-figure').nth(1).locator('table');
  await page.locator('.dash-figure').nth(1).locator('summary').click();
  for (const [index, point] of series.body.points.entries()) {
    const text = plain(await trendTable.locator('tbody tr').nth(index).locator('td').first().textContent());
    // A withheld or not yet released point says why, with its participation.
    if (point.status === 'suppressed') expect(text).toMatch(/^(alle 5 vastausta|salattu pienemmän ryhmän suojaksi) ?n = [\d ]+$/);
    else if (point.status === 'not-released') expect(text).toMatch(/^ei vielä julkaistu ?n = [\d ]+$/);
    else if (point.status === 'no-answers') expect(text).toBe('ei vastauksia');
    // A published figure with its n and the 95 % interval the chart draws through it.
    else expect(text).toMatch(/^\d{1,3},\d % ?n = [\d ]+ ?95 %: \d{1,3},\d–\d{1,3},\d %$/);
  }
});

test('the region table sorts by any column, and the order is kept in the URL', async () => {
  await open('fi-FI');
  await logIn(DEMO.analyst);
  const period = defaultPeriod();
  await visit(`/staff/dashboards/region/04?period=${period}`);
  const api = await getFromPage<Comparison>(page, `/api/indicators/comparison?level=region&code=04&period=${period}&childLevel=meeting-place`);
  const rowCodes = () => page.locator('[data-testid="area-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area')));
  const header = (name: string) => page.locator('[data-testid="area-table"] thead th').filter({ has: page.getByRole('button', { name }) });

  // By name first.
  await expect(header('Kohtaamispaikka').getAttribute('aria-sort')).resolves.toBe('ascending');
  const byName = [...api.body.areas].sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi')).map((r) => r.code);
  await expect(rowCodes()).resolves.toEqual(byName);

  const expected = (direction: 1 | -1) =>
    [...api.body.areas]
      .map((row) => ({ code: row.code, value: row.indicators.find((c) => c.key === 'loneliness')!.value, name: row.name.fi }))
      .sort((a, b) =>
        a.value === null || b.value === null
          ? a.value === b.value ? a.name.localeCompare(b.name, 'fi') : a.value === null ? 1 : -1
          : direction * (a.value - b.value) || a.name.localeCompare(b.name, 'fi'),
      )
      .map((r) => r.code);

  await page.getByRole('button', { name: /^Yksinäisyys/ }).click();
  await expect(header('Yksinäisyys').getAttribute('aria-sort')).resolves.toBe('descending');
  await expect(header('Kohtaamispaikka').getAttribute('aria-sort')).resolves.toBeNull();
  await expect(rowCodes()).resolves.toEqual(expected(-1));

  await page.getByRole('button', { name: /^Yksinäisyys/ }).click();
  await expect(header('Yksinäisyys').getAttribute('aria-sort')).resolves.toBe('ascending');
  await expect(rowCodes()).resolves.toEqual(expected(1));
  const url = new URL(page.url());
  expect(url.searchParams.get('sort')).toBe('loneliness');
  expect(url.searchParams.get('dir')).toBe('ascending');

  // A bookmarked link opens the same view.
  await page.reload();
  await page.locator('[data-testid="area-table"]').waitFor();
  await expect(header('Yksinäisyys').getAttribute('aria-sort')).resolves.toBe('ascending');
  await expect(rowCodes()).resolves.toEqual(expected(1));
});

test('the region dashboard offers its figures as an Excel workbook first, CSV for tools', async () => {
  await open('fi-FI');
  await logIn(DEMO.analyst);
  const period = defaultPeriod();
  await visit(`/staff/dashboards/region/04?period=${period}`);
  const section = page.getByRole('region', { name: 'Tunnusluvut tiedostona' });
  const links = section.getByRole('link');
  await expect(links.allTextContents()).resolves.toEqual(['Excel (.xlsx)', 'CSV ohjelmille']);
  const href = (await links.first().getAttribute('href'))!;
  expect(href).toBe(`/api/exports/indicators.xlsx?level=meeting-place&period=${period}&lang=fi`);
  await expect(links.nth(1).getAttribute('href')).resolves.toBe(`/api/exports/indicators.csv?level=meeting-place&period=${period}&dialect=rfc4180`);

  const res = await context.request.get(`${suite.server.baseUrl}${href}`);
  expect(res.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Tunnusluvut')!;
  // A place whose felt-welcome figure the release published reads as published, in per cent.
  const api = await getFromPage<Comparison>(page, `/api/indicators/comparison?level=region&code=04&period=${period}&childLevel=meeting-place`);
  const shown = api.body.areas.find((row) => row.indicators.find((c) => c.key === 'felt-welcome')!.status === 'published')!;
  const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(3).value === shown.code && r.getCell(5).value === 'felt-welcome')!;
  expect(row.getCell(4).value).toBe(shown.name.fi);
  expect(row.getCell(11).value).toBe('Julkaistu');
  expect(row.getCell(7).numFmt).toBe('0.0 %');
});

test('the level and period pickers change the figures in place and keep the keyboard focus', async () => {
  await open('fi-FI');
  await logIn(DEMO.analyst);
  const period = defaultPeriod();
  await visit(`/staff/dashboards/region/04?period=${period}`);

  await page.getByLabel('Rivit').selectOption('service-area');
  await until(`new URL(location.href).searchParams.get('level') === 'service-area'`);
  const areas = await getFromPage<Comparison>(page, `/api/indicators/comparison?level=region&code=04&period=${period}&childLevel=service-area`);
  await until(`document.querySelectorAll('[data-testid="area-table"] tbody tr').length === ${areas.body.areas.length}`);
  const names = (await page.locator('[data-testid="area-table"] tbody th').allTextContents()).map(plain);
  expect(names).toEqual([...areas.body.areas.map((a) => a.name.fi)].sort((a, b) => a.localeCompare(b, 'fi')));
  expect(names).toContain('Itäinen palvelualue');

  // A half-year publishes only the half-year indicators.
  const half = `${halfYearOf(SERVER_TEST_NOW).year - 1}-H2`;
  const periodPicker = page.getByLabel('Kausi');
  await periodPicker.focus();
  await periodPicker.selectOption(half);
  await until(`new URL(location.href).searchParams.get('period') === ${JSON.stringify(half)} && !document.querySelector('.dash[aria-busy="true"]')`);
  await expect(page.evaluate<string | undefined>(`document.activeElement?.getAttribute('name')`)).resolves.toBe('period');
  const halfApi = await getFromPage<Comparison>(page, `/api/indicators/comparison?level=region&code=04&period=${half}&childLevel=service-area`);
  await expect(page.locator('[data-testid="area-table"] thead th').count()).resolves.toBe(halfApi.body.indicators.length + 1);
  const itainen = halfApi.body.areas.find((a) => a.code === 'vantaa-itainen')!;
  const instant = itainen.indicators.find((c) => c.key === 'instant-positive')!;
  expect(instant.status).toBe('published');
  expect(plain(await areaCell('vantaa-itainen', 'instant-positive').locator('.dash-value').textContent())).toBe(plain(fi(instant.value!, 'share')));
  expect(plain(await page.locator('caption').filter({ hasText: 'kaikki mittarit' }).textContent())).toContain('heinä–joulukuu');
});

test('the place, region and national dashboards pass axe, with their chart tables open', async () => {
  await open('fi-FI');
  await logIn(DEMO.admin);
  for (const [path, label] of [
    ['/staff/dashboards/place/koivukyla', 'place'],
    ['/staff/dashboards/region/04', 'region'],
    ['/staff/dashboards/national', 'national'],
    ['/staff/dashboards/national?lang=sv&level=municipality', 'national by municipality (sv)'],
  ]) {
    await visit(path);
    await page.locator('.dash-details').evaluateAll((details) => details.forEach((d) => d.setAttribute('open', '')));
    await expectNoSeriousAxeViolations(page, `${label} dashboard`);
  }
  // The national view compares regions and leads on to each region's dashboard.
  await visit('/staff/dashboards/national');
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Koko maa: hyvinvointialueiden vertailu');
  await page.getByRole('link', { name: 'Vantaan ja Keravan hyvinvointialue' }).click();
  await page.waitForURL(/\/staff\/dashboards\/region\/04\?/);
  await page.getByRole('heading', { level: 1, name: 'Vantaan ja Keravan hyvinvointialue' }).waitFor();
});

test('free text is offered only to the place’s own coordinators (and admins)', async () => {
  await open('fi-FI');
  await logIn(DEMO.coordinator);
  await visit('/staff/dashboards/place/koivukyla');
  await expect(page.getByRole('heading', { level: 2, name: /^Avoin palaute/ }).count()).resolves.toBe(1);
  // Another place of the region: figures yes, its families' own words no.
  await visit('/staff/dashboards/place/hakunila');
  await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
  await expect(page.getByRole('heading', { level: 2, name: /^Avoin palaute/ }).count()).resolves.toBe(0);
  await context.close();

  // Families are told only the place's staff read what they write: not its steering group, not the region.
  for (const account of [DEMO.steering, DEMO.analyst]) {
    await open('fi-FI');
    await logIn(account);
    await visit('/staff/dashboards/place/koivukyla');
    await page.locator('[data-testid="key-figures"]').waitFor();
    await expect(page.getByRole('heading', { level: 2, name: /^Avoin palaute/ }).count()).resolves.toBe(0);
    await context.close();
  }
});

test('printed for a steering-group meeting: no menus, the figures fit A4', async () => {
  await open('fi-FI');
  await logIn(DEMO.steering);
  await visit('/staff/dashboards/place/koivukyla');
  // A4 portrait with 15 mm margins is 180 mm, 680 CSS px.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`);
  for (const hidden of ['.staff-nav', '.language-switcher', '.dash-breadcrumbs', '.dash-controls button', '.dash-freetext']) {
    await expect(page.locator(hidden).first().isVisible()).resolves.toBe(false);
  }
  await expect(page.locator('[data-testid="key-figures"]').isVisible()).resolves.toBe(true);
  await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(680);
  const widths = await page.locator('table:visible, canvas').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
  expect(Math.max(...widths)).toBeLessThanOrEqual(680);

  await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`);
});

type Interval = [number, number];
type RankedCell = Cell & { ci95: Interval | null };
type NamedRow = { code: string | null; name: { fi: string; sv?: string; en?: string }; indicators: RankedCell[] };

/** Replaces the felt-welcome cells of the region's places (the last given for the rest) in the comparison the API sends. */
async function withWelcomeCells(cells: Array<{ value: number | null; ci95: Interval | null; n: number }>): Promise<void> {
  await page.route('**/api/indicators/comparison?*', async (route) => {
    const body = (await (await route.fetch()).json()) as { areas: NamedRow[] };
    body.areas.forEach((row, i) => {
      const cell = row.indicators.find((c) => c.key === 'felt-welcome')!;
      const { value, ci95, n } = cells[Math.min(i, cells.length - 1)];
      Object.assign(cell, { value, ci95, n, suppressed: value === null, status: value === null ? 'suppressed' : 'published' });
    });
    await route.fulfill({ json: body });
  });
}

test('the bar chart names an area highest or lowest only when its 95 % interval clearly stands apart', async () => {
  await open('fi-FI');
  await logIn(DEMO.analyst);
  const period = defaultPeriod();
  await visit(`/staff/dashboards/region/04?period=${period}`);
  const headline = async () => plain(await page.locator('.dash-figure__summary').first().textContent());

  // The demo's figures, checked against every pair of intervals (an independent reading of the rule).
  const api = await getFromPage<{ areas: NamedRow[] }>(page, `/api/indicators/comparison?level=region&code=04&period=${period}&childLevel=meeting-place`);
  const shown = api.body.areas.flatMap((row) => {
    const cell = row.indicators.find((c) => c.key === 'felt-welcome')!;
    return cell.status === 'published' ? [{ name: row.name.fi, ci95: cell.ci95! }] : [];
  });
  expect(shown.length).toBeGreaterThan(2);
  const above = shown.filter((a) => shown.every((b) => b === a || a.ci95[0] > b.ci95[1]));
  const below = shown.filter((a) => shown.every((b) => b === a || a.ci95[1] < b.ci95[0]));
  const text = await headline();
  expect(text).not.toMatch(/Korkein|Matalin/);
  if (above.length === 0 && below.length === 0) expect(text).toMatch(/^Yksikään alue ei erotu selvästi muista \(95 %:n luottamusvälit menevät päällekkäin\)\./);
  if (above.length === 1) expect(text).toContain(`Selvästi muita korkeampi: ${above[0].name} `);
  if (below.length === 1) expect(text).toContain(`Selvästi muita matalampi: ${below[0].name} `);
  // What is left out is counted by why: a withheld figure is not "fewer than 5 answers".
  expect(text).toMatch(/\d+ alue(tta)?: (alle 5 vastausta|salattu pienemmän ryhmän suojaksi)\./);

  // 100 % from 8 answers beside larger places: on top, but not clearly.
  await withWelcomeCells([
    { value: 1, ci95: [0.676, 1], n: 8 },
    { value: 0.7, ci95: [0.62, 0.78], n: 120 },
    { value: 0.75, ci95: [0.65, 0.85], n: 70 },
    { value: null, ci95: null, n: 3 },
  ]);
  await visit(`/staff/dashboards/region/04?period=${period}&lang=sv`);
  expect(await headline()).toMatch(/^Inget område skiljer sig klart från de andra \(95 % konfidensintervallen överlappar\)\. \d+ områden: färre än 5 svar\./);
  await page.unrouteAll();

  // One place whose interval lies above all the others' is named, in words and with its figure.
  await withWelcomeCells([
    { value: 0.97, ci95: [0.93, 0.99], n: 300 },
    { value: 0.7, ci95: [0.62, 0.78], n: 120 },
    { value: 0.75, ci95: [0.65, 0.85], n: 70 },
  ]);
  await visit(`/staff/dashboards/region/04?period=${period}&lang=en`);
  const top = api.body.areas[0];
  expect(await headline()).toMatch(/^Clearly higher than the others: /);
  expect(await headline()).toContain(`: ${top.name.en ?? top.name.fi} 97.0%.`);
  await page.unrouteAll();
});

/** A day as the dashboards write it (16.1.2027 in Finnish), in Finnish time. */
const day = (iso: string, locale = 'fi-FI') => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));

test('a printout says whose figures, from which release and when printed, and numbers its pages', async () => {
  await open('fi-FI');
  await logIn(DEMO.steering);
  const period = defaultPeriod();
  await visit(`/staff/dashboards/place/koivukyla?period=${period}`);
  const api = await getFromPage<{ indicators: Array<{ releasedAt: string | null }> }>(page, `/api/indicators?level=meeting-place&code=koivukyla&period=${period}`);
  const releasedAt = api.body.indicators.find((i) => i.releasedAt)!.releasedAt!;
  const releasedOn = day(releasedAt);
  const now = await page.evaluate<string>('new Date().toISOString()');
  const printedOn = day(now);
  const stamp = page.getByTestId('print-stamp');

  // On screen the release note says where the figures come from; the stamp is for paper.
  await expect(stamp.isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect(stamp.isVisible()).resolves.toBe(true);
  expect(plain(await stamp.innerText())).toBe(`Koivukylän perheiden avoin kohtaamispaikka, ${period} Julkaistu ${releasedOn} · Tulostettu ${printedOn}`);

  // On paper (Chromium's own PDF): the stamp on the first page, "Sivu n / N" on every page.
  const pages = pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThan(1);
  expect(plain(pages[0])).toContain(`Koivukylän perheiden avoin kohtaamispaikka, ${period} Julkaistu ${releasedOn} · Tulostettu ${printedOn}`);
  pages.forEach((text, i) => expect(text).toContain(`Sivu ${i + 1} / ${pages.length}`));

  // Swedish words, also on the landscape pages of a region's wide table.
  await visit(`/staff/dashboards/region/04?period=${period}&lang=sv`);
  const region = plain(await page.getByRole('heading', { level: 1 }).textContent());
  const svPages = pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
  expect(plain(svPages[0])).toContain(`${region}, ${period} Publicerad ${day(releasedAt, 'sv-FI')} · Utskriven ${day(now, 'sv-FI')}`);
  svPages.forEach((text, i) => expect(text).toContain(`Sida ${i + 1} / ${svPages.length}`));

  // While the year is open there is no release: the stamp says the figures are counts only.
  const year = String(halfYearOf(SERVER_TEST_NOW).year);
  await visit(`/staff/dashboards/place/koivukyla?period=${year}`);
  expect(plain(await stamp.innerText())).toBe(`Koivukylän perheiden avoin kohtaamispaikka, ${year} Lukuja ei ole vielä julkaistu: vain vastaajien määrät · Tulostettu ${printedOn}`);
});

test('the trend chart draws each point’s 95 % interval and says in words why a point is missing', async () => {
  await open('fi-FI');
  await logIn(DEMO.steering);
  // What the charts write on their canvases, line by line (the newest chart's last).
  await context.addInitScript(`(() => {
    const text = (window.__canvasText = []);
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (line, ...rest) {
      text.push(String(line));
      return fillText.call(this, line, ...rest);
    };
  })()`);
  // Fixed series (the shape of GET /api/indicators/series) with every kind of missing point.
  await page.route('**/api/indicators/series?*', async (route) => {
    const real = (await (await route.fetch()).json()) as { level: string };
    const point = (period: string, status: string, value: number | null, ci95: Interval | null, n: number) => ({ period, key: 'felt-welcome', value, n, suppressed: status !== 'published', status, ci95 });
    const place = real.level === 'meeting-place';
    await route.fulfill({
      json: {
        ...real,
        points: [
          place ? point('2023', 'no-answers', null, null, 0) : point('2023', 'published', 0.8, [0.77, 0.83], 900),
          point('2024', 'published', 0.7071, [0.611, 0.7876], 99),
          place ? point('2025', 'suppressed', null, null, 31) : point('2025', 'published', 0.75, [0.7, 0.8], 400),
          point('2026', 'not-released', null, null, 50),
        ],
      },
    });
  });
  await visit(`/staff/dashboards/place/koivukyla?period=${defaultPeriod()}&indicator=felt-welcome`);
  const figure = page.locator('.dash-figure').nth(1);
  await figure.locator('canvas').waitFor();

  // The text alternative: each missing point's reason, and what the chart draws.
  const summary = plain(await figure.locator('.dash-figure__summary').textContent());
  expect(summary).toContain(
    'Koivukylän perheiden avoin kohtaamispaikka: 2023 ei vastauksia, 2024 70,7 %, 2025 salattu pienemmän ryhmän suojaksi, 2026 ei vielä julkaistu.',
  );
  expect(summary).toContain('Pystyjanat ovat 95 %:n luottamusvälejä. Jos kauden lukua ei näytetä, viivassa on aukko ja syy lukee vaaka-akselilla.');
  await expect(figure.locator('.dash-legend li').last().textContent()).resolves.toBe('95 %:n luottamusväli');

  // The chart's table: the interval drawn through each point, the reason for each gap.
  await figure.locator('summary').click();
  const placeColumn = await figure.locator('tbody tr td:first-of-type').allInnerTexts();
  expect(placeColumn.map((text) => text.split('\n').map(plain))).toEqual([
    ['ei vastauksia'],
    ['70,7 %', 'n = 99', '95 %: 61,1–78,8 %'],
    ['salattu pienemmän ryhmän suojaksi', 'n = 31'],
    ['ei vielä julkaistu', 'n = 50'],
  ]);

  // The canvas itself says it: under the axis, the reason for each gap, line by line.
  await until(`window.__canvasText.includes('Kohtaamispaikka:')`);
  const drawn = (await page.evaluate<string[]>('window.__canvasText')).join('\n');
  expect(drawn).toContain('2023\nKohtaamispaikka:\nei vastauksia\n2024\n2025\nKohtaamispaikka:\nsalattu\n2026\nei vielä julkaistu');

  await expectNoSeriousAxeViolations(page, 'place dashboard, trend with gaps');

  await visit(`/staff/dashboards/place/koivukyla?period=${defaultPeriod()}&indicator=felt-welcome&lang=en`);
  const english = plain(await page.locator('.dash-figure').nth(1).locator('.dash-figure__summary').textContent());
  expect(english).toContain('2023 no answers, 2024 70.7%, 2025 withheld to protect a smaller group, 2026 not released yet.');
  await until(`window.__canvasText.includes('withheld')`);
  expect((await page.evaluate<string[]>('window.__canvasText')).join('\n')).toContain('2025\nMeeting place:\nwithheld\n2026\nnot released yet');
  await page.unrouteAll();
});

test('respondent pages never download chart or server-state code; dashboards do', async () => {
  await open('fi-FI');
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  const chartCodeIn = async (responses: Response[]) => {
    const bodies = await Promise.all(responses.map(async (r) => ({ url: r.url(), body: (await r.body()).toString('utf8') })));
    // A string literal of Chart.js's core that minification keeps.
    return bodies.filter((b) => b.body.includes('Canvas is already in use') || /dashboards-page/.test(b.url)).map((b) => b.url);
  };
  // TanStack Query (the staff pages' server state): its error text for a missing provider survives minification.
  const queryCodeIn = async (responses: Response[]) => {
    const bodies = await Promise.all(responses.map(async (r) => ({ url: r.url(), body: (await r.body()).toString('utf8') })));
    return bodies.filter((b) => b.body.includes('No QueryClient set')).map((b) => b.url);
  };

  await page.goto(`${suite.server.baseUrl}/p/koivukyla`);
  await page.getByRole('heading', { level: 1, name: /Koivukylä/ }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  await expect(chartCodeIn(scripts)).resolves.toEqual([]);
  await expect(queryCodeIn(scripts)).resolves.toEqual([]);

  await logIn(DEMO.steering);
  scripts.length = 0;
  await visit('/staff/dashboards/place/koivukyla');
  await expect(chartCodeIn(scripts)).resolves.not.toEqual([]);
  await expect(queryCodeIn(scripts)).resolves.not.toEqual([]);
});

test('free-text answers show under a caution, as plain text in the language they were written in, never in print', async () => {
  await open('fi-FI');
  await logIn(DEMO.coordinator);
  // Fixed answers (the shape of GET /api/meeting-places/:slug/free-text) so that languages and markup are known.
  const visitorSurvey = { fi: 'Perheiden kävijäkysely', sv: 'Besöksenkät för familjer', en: 'Visitor survey for families' };
  const question = { fi: 'Vapaa palaute', sv: 'Fri respons', en: 'Free feedback' };
  let asked = '';
  await page.route('**/api/meeting-places/koivukyla/free-text?*', (route) => {
    asked = route.request().url();
    return route.fulfill({
      json: {
        period: new URL(asked).searchParams.get('period'),
        items: [
          { id: 'a', surveyKey: 'visitor-survey', surveyTitle: visitorSurvey, question: 'feedback_free_text', questionTitle: question, text: 'Kiitos ihanasta paikasta!', locale: 'fi' },
          { id: 'b', surveyKey: 'visitor-survey', surveyTitle: visitorSurvey, question: 'feedback_free_text', questionTitle: question, text: 'شكراً على الترحيب', locale: 'ar' },
          { id: 'c', surveyKey: 'visitor-survey', surveyTitle: visitorSurvey, question: 'feedback_free_text', questionTitle: question, text: '<img src=x onerror="window.__hacked = 1">', locale: 'en' },
        ],
      },
    });
  });
  await visit(`/staff/dashboards/place/koivukyla?period=${defaultPeriod()}`);
  const section = page.locator('section.dash-freetext');
  await section.locator('blockquote').first().waitFor();
  expect(new URL(asked).searchParams.get('period')).toBe(defaultPeriod());
  await expect(section.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('Perheiden kävijäkysely: Vapaa palaute (3 vastausta)');
  await expect(section.locator('blockquote').allTextContents()).resolves.toEqual([
    'Kiitos ihanasta paikasta!',
    'شكراً على الترحيب',
    '<img src=x onerror="window.__hacked = 1">',
  ]);
  await expect(section.locator('blockquote[lang="ar"][dir="auto"]').count()).resolves.toBe(1);
  await expect(section.locator('img').count()).resolves.toBe(0);
  // The caution comes before the answers.
  const order = await section.locator('[role="note"], blockquote').evaluateAll((els) => els.map((el) => el.tagName));
  expect(order[0]).toBe('P');
  // Not even a printout carries them.
  await expect(page.getByLabel(/Tulosta myös/).count()).resolves.toBe(0);
  await page.emulateMedia({ media: 'print' });
  await expect(section.isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'screen' });
  await expectNoSeriousAxeViolations(page, 'place dashboard with free text');
});
