import request from 'supertest';
import { DEMO_ACCOUNTS } from '../../api/src/database/seeds/demo-accounts';
import { SurveyResponse } from '../../api/src/responses/survey-response.entity';
import { EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { expectedExportTexts, storedExportTexts } from '../support/export-texts';
import { as, logIn } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true, now: EARLY_DECEMBER_2026 });
  }, 120_000);
  afterAll(() => t.close());

  it('holds the Vantaa–Kerava network with Koivukylä and places in four service areas', async () => {
    const res = await request(t.http).get('/api/meeting-places?region=04').expect(200);
    const koivukyla = res.body.find((p: { slug: string }) => p.slug === 'koivukyla');
    expect(koivukyla).toMatchObject({ municipalityCode: '092', regionCode: '04', serviceArea: { id: 'vantaa-itainen' }, active: true });
    expect(koivukyla.organisations.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['MLL Uusimaa', 'Vantaan seurakuntayhtymä', 'Moniperheet ry']),
    );
    expect(res.body.length).toBeGreaterThanOrEqual(6);
    const areas = new Set(res.body.map((p: { serviceArea: { id: string } }) => p.serviceArea.id));
    expect([...areas].sort()).toEqual(['kerava-pohjoinen', 'vantaa-itainen', 'vantaa-keskinen', 'vantaa-lantinen']);
    const other = await request(t.http).get('/api/meeting-places?region=08').expect(200);
    expect(other.body.length).toBeGreaterThanOrEqual(2);
  });

  it('has the two previous years in full and this year so far for every instrument, with some small groups under five', async () => {
    const rows: { survey_key: string; period_year: number; responses: string }[] = await t.dataSource.query(
      'SELECT survey_key, period_year, COUNT(*) AS responses FROM response GROUP BY survey_key, period_year ORDER BY survey_key, period_year',
    );
    for (const key of ['huomaa-minut', 'instant-feedback', 'peer-evaluation', 'stakeholder-survey', 'visitor-survey']) {
      const years = rows.filter((r) => r.survey_key === key && Number(r.responses) > 0).length;
      expect([key, years >= 2]).toEqual([key, true]);
    }
    const [{ oldest, newest }] = await t.dataSource.query('SELECT MIN(received_at) AS oldest, MAX(received_at) AS newest FROM response');
    // From January two years back (whole years to compare with) up to the clock's today.
    expect([new Date(oldest).getUTCFullYear(), new Date(oldest).getUTCMonth()]).toEqual([EARLY_DECEMBER_2026.getUTCFullYear() - 2, 0]);
    expect(new Date(newest).getTime()).toBeLessThanOrEqual(t.clock.now().getTime());
    const small: { n: string }[] = await t.dataSource.query(
      "SELECT COUNT(*) AS n FROM response WHERE survey_key = 'visitor-survey' GROUP BY meeting_place_id, period_year HAVING COUNT(*) < 5",
    );
    expect(small.length).toBeGreaterThan(0);
  });

  it('stores every response with its export-ready text for its survey’s column set, so responses.csv reads them', async () => {
    const responses = await t.dataSource.getRepository(SurveyResponse).find();
    expect(responses.length).toBeGreaterThan(1000);
    expect(responses.map(storedExportTexts)).toEqual(await expectedExportTexts(t.dataSource, responses));
  });

  it('has one account per role (and a second place’s coordinator) with the documented passwords, scoped to the demo network', async () => {
    const seen: unknown[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const session = await logIn(t, account.email, account.password);
      const me = await as(session, request(t.http).get('/api/auth/me')).expect(200);
      // The capabilities are checked role by role in authorisation-matrix.test.ts.
      const { capabilities, ...described } = me.body;
      expect(capabilities).toEqual(expect.objectContaining({ meetingPlaces: expect.any(Array), regions: expect.any(Array) }));
      seen.push(described);
    }
    expect(seen).toEqual([
      { email: 'admin@kohtaamo.example', role: 'admin', scope: { regions: [], meetingPlaces: [] }, mustChangePassword: false },
      { email: 'analyst@kohtaamo.example', role: 'region-analyst', scope: { regions: ['04'], meetingPlaces: [] }, mustChangePassword: false },
      { email: 'coordinator@kohtaamo.example', role: 'coordinator', scope: { regions: [], meetingPlaces: ['koivukyla'] }, mustChangePassword: false },
      { email: 'hakunila@kohtaamo.example', role: 'coordinator', scope: { regions: [], meetingPlaces: ['hakunila'] }, mustChangePassword: false },
      { email: 'steering@kohtaamo.example', role: 'steering-group', scope: { regions: [], meetingPlaces: ['koivukyla'] }, mustChangePassword: false },
    ]);
  });

  it('has a year of the evaluation cycle: Koivukylä’s comparison and plan from last year, and none of its own this year yet', async () => {
    const analyst = DEMO_ACCOUNTS.find((a) => a.role === 'region-analyst')!;
    const session = await logIn(t, analyst.email, analyst.password!);
    const comparison = await as(session, request(t.http).get('/api/meeting-places/koivukyla/evaluations/2025/comparison')).expect(200);
    expect(comparison.body.evaluations.map((e: { kind: string; status: string; evaluatorPlace: { slug: string } }) => [e.kind, e.evaluatorPlace.slug, e.status])).toEqual([
      ['self', 'koivukyla', 'submitted'],
      ['peer', 'hakunila', 'submitted'],
    ]);
    expect(comparison.body.criteria.every((c: { self: number | null; peerMean: number | null }) => c.self !== null && c.peerMean !== null)).toBe(true);
    await as(session, request(t.http).get('/api/meeting-places/koivukyla/evaluations?year=2026')).expect(200, []);
    const plan = await as(session, request(t.http).get('/api/meeting-places/koivukyla/actions')).expect(200);
    expect(plan.body.actions.map((a: { status: string; overdue: boolean }) => [a.status, a.overdue])).toEqual([
      ['done', false],
      ['in-progress', true],
      ['planned', false],
    ]);
    const region = await as(session, request(t.http).get('/api/regions/04/evaluations?year=2026')).expect(200);
    const tikkurila = region.body.places.find((p: { meetingPlace: { slug: string } }) => p.meetingPlace.slug === 'tikkurila');
    expect(tikkurila).toMatchObject({ selfYear: 2026, peerYear: 2025, lacksSelf: false, lacksPeer: true });
  });

  it('has this year’s evaluation plans with statuses from the demo data, targets, and co-development days held so far', async () => {
    const steering = DEMO_ACCOUNTS.find((a) => a.role === 'steering-group')!;
    const session = await logIn(t, steering.email, steering.password!);
    const plan = await as(session, request(t.http).get('/api/meeting-places/koivukyla/plans/2026')).expect(200);
    expect(plan.body.activities.map((a: { kind: string; due: string; status: string }) => [a.kind, a.due, a.status])).toEqual([
      ['co-development-day', '2026-03', 'done'],
      ['huomaa-minut', '2026-04', 'done'],
      ['co-development-day', '2026-09', 'done'],
      // No stakeholder round in the demo and Koivukylä's own evaluation is left for the user.
      ['self-evaluation', '2026-10', 'overdue'],
      ['stakeholder-survey', '2026-10', 'overdue'],
      ['visitor-survey', '2026-11', 'done'],
      ['huomaa-minut', '2026-11', 'done'],
    ]);
    expect(plan.body.targets.map((x: { indicator: string }) => x.indicator)).toEqual(['felt-welcome', 'loneliness', 'child-heard', 'network-collaboration']);
    const days = await as(session, request(t.http).get('/api/meeting-places/koivukyla/co-development-days?year=2026')).expect(200);
    expect(days.body.map((d: { date: string }) => d.date)).toEqual(['2026-09-19', '2026-03-14']);
  });
});
