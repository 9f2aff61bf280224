import request from 'supertest';
import { halfYearOf } from '../../reports/periods';
import { createUser } from '../factories/user.factory';
import { AFTER_2026_RELEASE, EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

interface Cell {
  key: string;
  value: number | null;
  n: number | null;
  suppressed: boolean;
  status: 'published' | 'suppressed' | 'no-answers' | 'not-released';
  ci95: [number, number] | null;
}
interface Row {
  level: string;
  code: string | null;
  unassigned?: boolean;
  indicators: Cell[];
}

/**
 * The demo network has two years of synthetic answers with some small places: the protection
 * is checked from the outside, with nothing but what the API publishes, the way an intruder
 * would try it.
 */
describe('indicators over the demo data', () => {
  let t: TestApp;
  let session: TestSession;
  let user: { email: string; password: string };
  let places: { slug: string; municipalityCode: string; regionCode: string; serviceArea: { id: string } | null }[];
  // Which half-years are whole depends on the day: the demo data is generated up to a fixed one.
  const now = halfYearOf(EARLY_DECEMBER_2026);
  const periods = [String(now.year), String(now.year - 1), `${now.year}-H1`, `${now.year - 1}-H2`];

  beforeAll(async () => {
    t = await startTestApp({ demoData: true, now: EARLY_DECEMBER_2026 });
    user = await createUser(t, 'coordinator');
    session = await logIn(t, user.email, user.password);
    places = (await request(t.http).get('/api/meeting-places').expect(200)).body;
  }, 120_000);
  afterAll(() => t.close());

  const get = async (url: string) => (await as(session, request(t.http).get(url)).expect(200)).body;

  /** Every cell of the country for a period, from the comparison endpoint. */
  async function allCells(period: string) {
    const national = await get(`/api/indicators/comparison?level=national&period=${period}&childLevel=region`);
    const rows: Record<string, Row> = { national: national.total };
    const families: { parent: string; children: string[] }[] = [{ parent: 'national', children: [] }];
    for (const region of national.areas as Row[]) {
      rows[`region:${region.code}`] = region;
      families[0].children.push(`region:${region.code}`);
      const base = `/api/indicators/comparison?level=region&code=${region.code}&period=${period}`;
      const municipalities: Row[] = (await get(`${base}&childLevel=municipality`)).areas;
      const areas: (Row & { municipality?: string })[] = [];
      for (const m of municipalities) {
        const inside: Row[] = (await get(`/api/indicators/comparison?level=municipality&code=${m.code}&period=${period}&childLevel=service-area`)).areas;
        for (const a of inside) areas.push({ ...a, municipality: m.code! });
      }
      const placeRows: Row[] = (await get(`${base}&childLevel=meeting-place`)).areas;
      families.push({ parent: `region:${region.code}`, children: municipalities.map((m) => `municipality:${m.code}`) });
      for (const m of municipalities) {
        rows[`municipality:${m.code}`] = m;
        const mine = areas.filter((a) => a.municipality === m.code);
        families.push({ parent: `municipality:${m.code}`, children: mine.map((a) => (a.unassigned ? `unassigned:${m.code}` : `area:${a.code}`)) });
        for (const a of mine) {
          const id = a.unassigned ? `unassigned:${m.code}` : `area:${a.code}`;
          rows[id] = a;
          const children = placeRows.filter((p) => {
            const place = places.find((x) => x.slug === p.code)!;
            return a.unassigned ? place.serviceArea === null && place.municipalityCode === m.code : place.serviceArea?.id === a.code;
          });
          families.push({ parent: id, children: children.map((p) => `place:${p.code}`) });
          for (const p of children) rows[`place:${p.code}`] = p;
        }
      }
    }
    return { rows, families, indicators: (national.indicators as { key: string }[]).map((i) => i.key) };
  }

  it.each(periods)('%s: no published figure rests on fewer than 5, and nothing withheld can be recovered by subtraction', async (period) => {
    const { rows, families, indicators } = await allCells(period);
    expect(Object.keys(rows).length).toBeGreaterThan(15);
    // The current year is still open: participation only, no figure anywhere.
    const open = period === String(now.year);
    let withheld = 0;
    for (const key of indicators) {
      const cell = (id: string) => rows[id].indicators.find((i) => i.key === key)!;
      for (const id of Object.keys(rows)) {
        const c = cell(id);
        if (open) expect([id, key, c.status === 'not-released' || c.status === 'no-answers']).toEqual([id, key, true]);
        if (c.status === 'published') {
          expect([id, key, c.n! >= 5, c.value !== null, c.ci95 !== null]).toEqual([id, key, true, true, true]);
        } else {
          // n is participation and shown exactly; the value is what suppression protects.
          expect([id, key, c.value, c.ci95, c.suppressed, c.status === 'no-answers' ? c.n === 0 : c.n! > 0]).toEqual([id, key, null, null, true, true]);
          if (c.status === 'suppressed') withheld += 1;
        }
      }
      for (const family of families) {
        const parent = cell(family.parent);
        const children = family.children.map(cell).filter((c) => c.status !== 'no-answers');
        const hidden = children.filter((c) => c.status === 'suppressed');
        if (parent.status === 'published') {
          // What subtraction gives: the suppressed children together. Never one of them, never under 5.
          const residual = parent.n! - children.filter((c) => c.status === 'published').reduce((sum, c) => sum + c.n!, 0);
          expect([period, key, family.parent, hidden.length === 1]).toEqual([period, key, family.parent, false]);
          expect([period, key, family.parent, residual === 0 || residual >= 5]).toEqual([period, key, family.parent, true]);
          expect([period, key, family.parent, hidden.length === 0 ? residual === 0 : residual > 0]).toEqual([period, key, family.parent, true]);
        } else if (parent.status === 'suppressed' && children.length > 0) {
          // A withheld parent is not the sum of published children.
          expect([period, key, family.parent, hidden.length > 0]).toEqual([period, key, family.parent, true]);
        }
      }
    }
    // The demo data has small places on purpose: something must have been withheld.
    if (period === String(now.year - 1)) expect(withheld).toBeGreaterThan(0);
  });

  it.each([String(now.year), String(now.year - 1)])('shows a place the same figures in its own view and in its region\'s comparison (%s)', async (year) => {
    const comparison = await get(`/api/indicators/comparison?level=region&code=04&period=${year}&childLevel=meeting-place`);
    const koivukyla = (comparison.areas as Row[]).find((a) => a.code === 'koivukyla')!;
    const own = await get(`/api/indicators?level=meeting-place&code=koivukyla&period=${year}`);
    const strip = (c: Cell & Record<string, unknown>) => ({ key: c.key, value: c.value, n: c.n, suppressed: c.suppressed, status: c.status, ci95: c.ci95, previous: c.previous, change: c.change });
    expect(own.indicators.map(strip)).toEqual(koivukyla.indicators.map((c) => strip(c as Cell & Record<string, unknown>)));
    // A released year has figures (which ones the audit withholds around small places is its
    // business); the open year has participation only.
    const released = year !== String(now.year);
    const statuses = new Set(own.indicators.map((i: Cell) => i.status));
    if (released) expect(statuses.has('published')).toBe(true);
    else expect([...statuses].every((status) => status === 'not-released' || status === 'no-answers')).toBe(true);
    expect(own.indicators.find((i: Cell) => i.key === 'felt-welcome')).toMatchObject({ previous: { period: String(Number(year) - 1) } });
  });

  it('has a time series for Koivukylä over both years', async () => {
    const series = await get('/api/indicators/series?level=meeting-place&code=koivukyla&indicator=instant-positive&granularity=half-year');
    expect(series.points.length).toBeGreaterThanOrEqual(3);
    expect(series.points.at(-1).period).toBe(`${now.year}-H${now.half}`);
    // Closed half-years come from their releases; the current one shows participation only.
    for (const point of series.points.slice(0, -1)) expect([point.period, point.status]).toEqual([point.period, 'published']);
    expect(series.points.at(-1)).toMatchObject({ status: 'not-released', value: null });
    expect(series.points.at(-1).n).toBeGreaterThan(0);
  });

  // Last: it moves the clock to when the demo's current year is released.
  describe('changes', () => {
    type Change = { value: number; ci95: [number, number]; clear: boolean; comparable: boolean };
    type WithChange = Cell & { change: Change | null; previous: { period: string; coverage: { partial: boolean } | null } | null; coverage: { from: string; partial: boolean } | null };
    const byKey = (body: { indicators: WithChange[] }) => Object.fromEntries(body.indicators.map((i) => [i.key, i]));

    it('are computed against a fully covered previous year (the demo kiosks ran all of the year before)', async () => {
      const lastYear = byKey(await get(`/api/indicators?level=national&period=${now.year - 1}`));
      expect(lastYear['instant-positive']).toMatchObject({ status: 'published', coverage: { partial: false }, change: { comparable: true } });
      expect(lastYear['instant-positive'].previous).toMatchObject({ period: String(now.year - 2), coverage: { partial: false } });
    });

    it('carry their own interval: clear only when it excludes zero, and not comparable across a reworded question', async () => {
      t.clock.advanceTo(AFTER_2026_RELEASE);
      session = await logIn(t, user.email, user.password);
      const tikkurila = byKey(await get(`/api/indicators?level=meeting-place&code=tikkurila&period=${now.year}`));
      // The visitor survey's version 2 reworded "participation" (its note says so); "felt-welcome" kept its words.
      expect(tikkurila['felt-welcome'].change).toMatchObject({ comparable: true });
      expect(tikkurila.participation.change).toMatchObject({ comparable: false, clear: false });

      const comparison = await get(`/api/indicators/comparison?level=region&code=04&period=${now.year}&childLevel=meeting-place`);
      const cells = [comparison.total, ...comparison.areas].flatMap((row: { indicators: (WithChange & { previous: { value: number | null } | null })[] }) => row.indicators);
      const changes = cells.filter((cell) => cell.change !== null);
      expect(changes.length).toBeGreaterThan(10);
      for (const cell of changes) {
        const change = cell.change!;
        // From unrounded figures: within rounding of the shown ones.
        expect(Math.abs(change.value - (cell.value! - cell.previous!.value!))).toBeLessThanOrEqual(0.00011);
        expect(change.ci95[0]).toBeLessThan(change.value);
        expect(change.ci95[1]).toBeGreaterThan(change.value);
        // Wider than either figure's own interval: a change is less certain than a level.
        expect(change.ci95[1] - change.ci95[0]).toBeGreaterThan(cell.ci95![1] - cell.ci95![0] - 0.0002);
        expect(change.clear).toBe(change.comparable && (change.ci95[0] > 0 || change.ci95[1] < 0));
      }
      // Both kinds occur in the demo: small places' changes are noise, and so are most.
      expect(changes.some((cell) => cell.change!.comparable && !cell.change!.clear)).toBe(true);
    });
  });
});

