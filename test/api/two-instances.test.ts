import request from 'supertest';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { createUser } from '../factories/user.factory';
import { EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Two instances of the app on one database, as behind a load balancer with no sticky
 * sessions: whatever is written through one is read right away through the other.
 */
describe('two instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let analystA: TestSession;
  let analystB: TestSession;
  let analyst: { email: string; password: string };

  beforeAll(async () => {
    a = await startTestApp({ now: EARLY_DECEMBER_2026 });
    b = await startTestApp({ now: EARLY_DECEMBER_2026, database: a.database });
    analyst = await createUser(a, 'region-analyst', { regions: ['04'] });
    analystA = await logIn(a, analyst.email, analyst.password);
    analystB = await logIn(b, analyst.email, analyst.password);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const csv = (lines: string[]) => lines.join('\r\n') + '\r\n';

  it('knows a municipality the registry import added through the other instance', async () => {
    const registry = csv(['record_type,code,name_fi,region_code', 'municipality,998,Uusikunta,04']);
    await as(analystA, request(a.http).post('/api/imports/registry?mode=apply')).set('Content-Type', 'text/csv').send(registry).expect(200);
    // The instance that imported knows it as well as the other one does.
    for (const [app, session, slug] of [[b, analystB, 'uusikunta-b'], [a, analystA, 'uusikunta-a']] as const) {
      const created = await as(session, request(app.http).post('/api/meeting-places'))
        .send({ slug, name: { fi: 'Uusikunnan kohtaamo' }, municipalityCode: '998' })
        .expect(201);
      expect(created.body).toMatchObject({ slug, municipalityCode: '998', regionCode: '04' });
    }
  });

  it('reads the same figures of a closed year through both right after a paper import through one', async () => {
    const places = await Promise.all(['two-a', 'two-b', 'two-c'].map((slug) => createMeetingPlace(a.dataSource, { slug, municipalityCode: '092' })));
    const header = 'paper_id,survey_version,meeting_place,locale,received_on,mood';
    const rows = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `F-${from + i},1,${places[i % 3].slug},fi,2025-03-${String(10 + (i % 9)).padStart(2, '0')},${1 + (i % 3)}`);
    const importPaper = (lines: string[]) =>
      as(analystA, request(a.http).post('/api/imports/responses?survey=instant-feedback&mode=apply')).set('Content-Type', 'text/csv').send(csv([header, ...lines])).expect(200);
    const positive = async (app: TestApp, session: TestSession) => {
      const res = await as(session, request(app.http).get('/api/indicators?level=region&code=04&period=2025')).expect(200);
      return res.body.indicators.find((i: { key: string }) => i.key === 'instant-positive');
    };

    // Answers count in a release once they are a minute old (its data cutoff): both clocks move on.
    const later = async () => {
      for (const app of [a, b]) app.clock.advanceMinutes(2);
      [analystA, analystB] = [await logIn(a, analyst.email, analyst.password), await logIn(b, analyst.email, analyst.password)];
    };
    await importPaper(rows(1, 9));
    await later();
    // Both instances read last year's release (whichever computes it first stores it)…
    const before = [await positive(a, analystA), await positive(b, analystB)];
    expect(before.map((i) => [i.n, i.status])).toEqual([[9, 'published'], [9, 'published']]);
    expect(before[0]).toEqual(before[1]);
    // …then forms are imported into that closed year through A: the revision both read is one release.
    await importPaper(rows(100, 6));
    await later();
    const after = [await positive(b, analystB), await positive(a, analystA)];
    expect(after.map((i) => i.n)).toEqual([15, 15]);
    expect(after[0]).toEqual(after[1]);
    expect(after[0].releasedAt).not.toEqual(before[0].releasedAt);
    const releases = await a.dataSource.query("SELECT revision FROM figure_release WHERE subject = '2025' ORDER BY revision");
    expect(releases.map((r: { revision: number }) => Number(r.revision))).toEqual([1, 2]);
  });
});
