import { randomUUID } from 'node:crypto';
import request, { Response } from 'supertest';
import { completeEvaluation } from '../factories/evaluation.factory';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { visitorSurveyBody } from '../factories/response.factory';
import { createUser } from '../factories/user.factory';
import { AFTER_2026_RELEASE, EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { pdfText } from '../support/pdf-text';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #21 part B: the steering group's annual report, as PDF and as data for the printable
// page, for a place and for a region (its places side by side).
//
// Three places in Vantaa without a service area, answering the 2026 visitor survey in December:
// Kotipesä (8 visitors), Pikkupaikka (3: fewer than five, suppressed) and Naapuri (6: withheld
// so that Pikkupaikka's figures cannot be worked out from the municipality's). Every figure
// below is worked out by hand from these answers.

const WRITTEN_FEEDBACK = 'SALAINEN-PALAUTE perheeltä';
const CHILD_WISH = 'SALAINEN-TOIVE lapselta';

/** Four items per visitor, varied so that no group of them is all alike (R4 would withhold more). */
function visitors(values: Array<[number, number, number, number]>) {
  return values.map(([felt_welcome, peer_support, loneliness, everyday_easier]) => ({ felt_welcome, peer_support, loneliness, everyday_easier }));
}

// felt-welcome (4–5): Kotipesä 5 of 8 = 62.5 %, Wilson 95 % 30.6–86.3 %.
const KOTIPESA = visitors([[5, 4, 1, 4], [5, 2, 2, 4], [5, 4, 4, 2], [4, 1, 5, 4], [4, 5, 1, 1], [2, 4, 2, 5], [1, 3, 3, 4], [3, 4, 1, 2]]);
const PIKKUPAIKKA = visitors([[5, 4, 1, 2], [2, 2, 5, 4], [4, 1, 2, 5]]);
const NAAPURI = visitors([[5, 4, 1, 4], [1, 2, 4, 2], [4, 5, 2, 1], [3, 4, 5, 4], [5, 1, 1, 5], [2, 3, 2, 2]]);

describe('The annual report (GET /api/meeting-places/:slug/annual-report/:year[.pdf], /api/regions/:code/annual-report/:year[.pdf])', () => {
  let t: TestApp;
  const places: Record<'kotipesa' | 'pikku' | 'naapuri' | 'tampere', { id: string; slug: string }> = {} as never;
  const accounts: Record<'steering' | 'coordinator' | 'otherSteering' | 'analyst' | 'otherAnalyst' | 'admin', { email: string; password: string }> = {} as never;
  const sessions: Record<keyof typeof accounts, TestSession> = {} as never;

  async function logInAll() {
    for (const [key, account] of Object.entries(accounts)) sessions[key as keyof typeof accounts] = await logIn(t, account.email, account.password);
  }
  const get = (who: TestSession, path: string) => as(who, request(t.http).get(path));
  /** The PDF's words in order, lines and table cells joined by single spaces (wrapped text reads as one). */
  const pdfOf = (res: Response) => pdfText(res.body as Buffer).replace(/\s+/g, ' ');
  /** The body as bytes (supertest would read a PDF as text). */
  const download = (who: TestSession, path: string) =>
    get(who, path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    places.kotipesa = await createMeetingPlace(t.dataSource, { slug: 'kotipesa', nameFi: 'Kotipesän kohtaamispaikka', nameSv: 'Mötesplatsen Boet', municipalityCode: '092' });
    places.pikku = await createMeetingPlace(t.dataSource, { slug: 'pikkupaikka', nameFi: 'Pikkupaikka', municipalityCode: '092' });
    places.naapuri = await createMeetingPlace(t.dataSource, { slug: 'naapuri', nameFi: 'Naapurin perhepiste', municipalityCode: '092' });
    places.tampere = await createMeetingPlace(t.dataSource, { slug: 'tampereen-paikka', nameFi: 'Tampereen paikka', municipalityCode: '837' });
    accounts.steering = await createUser(t, 'steering-group', { meetingPlaces: [places.kotipesa] });
    accounts.coordinator = await createUser(t, 'coordinator', { meetingPlaces: [places.kotipesa] });
    accounts.otherSteering = await createUser(t, 'steering-group', { meetingPlaces: [places.naapuri] });
    accounts.analyst = await createUser(t, 'region-analyst', { regions: ['04'] });
    accounts.otherAnalyst = await createUser(t, 'region-analyst', { regions: ['08'] });
    accounts.admin = await createUser(t, 'admin');
    await logInAll();

    for (const [slug, answers] of [
      [places.kotipesa.slug, KOTIPESA],
      [places.pikku.slug, PIKKUPAIKKA],
      [places.naapuri.slug, NAAPURI],
    ] as const) {
      for (const items of answers) {
        const body = visitorSurveyBody(slug, { answers: { ...items, feedback_free_text: WRITTEN_FEEDBACK } });
        await request(t.http).post('/api/responses').send(body).expect(201);
      }
    }

    // A Huomaa minut round at Kotipesä: five children, three of them felt heard (60 %).
    const post = (who: TestSession, path: string, body: object) => as(who, request(t.http).post(path)).send(body);
    const round = (await post(sessions.coordinator, `/api/meeting-places/${places.kotipesa.slug}/rounds`, { surveyKey: 'huomaa-minut', startsOn: '2026-12-10', endsOn: '2026-12-11' }).expect(201)).body.id;
    for (const heard of [3, 3, 3, 1, 2]) {
      await post(sessions.coordinator, '/api/responses', {
        surveyKey: 'huomaa-minut',
        surveyVersion: 2,
        meetingPlace: places.kotipesa.slug,
        clientResponseId: randomUUID(),
        locale: 'fi',
        answers: { felt_heard: heard, wish: CHILD_WISH },
      }).expect(201);
    }
    await post(sessions.coordinator, `/api/rounds/${round}/close`, {}).expect(200);

    // Its self-evaluation, submitted, and a development action agreed by the steering group.
    const evaluation = (await post(sessions.coordinator, `/api/meeting-places/${places.kotipesa.slug}/evaluations`, { year: 2026, kind: 'self' }).expect(201)).body.id;
    await as(sessions.coordinator, request(t.http).put(`/api/evaluations/${evaluation}/answers`)).send({ answers: completeEvaluation(4) }).expect(200);
    await post(sessions.coordinator, `/api/evaluations/${evaluation}/submit`, {}).expect(200);
    await post(sessions.coordinator, `/api/meeting-places/${places.kotipesa.slug}/actions`, {
      title: 'Tervetuloa-kierros uusille perheille',
      owner: 'MLL Uusimaa',
      dueDate: '2026-12-31',
      source: { kind: 'evaluation', id: evaluation },
    }).expect(201);

    // The year's evaluation plan with a target for feeling welcome (at least 20 %), and a co-development day.
    await as(sessions.coordinator, request(t.http).put(`/api/meeting-places/${places.kotipesa.slug}/plans/2026`))
      .send({
        activities: [
          { kind: 'co-development-day', due: '2026-11' },
          { kind: 'visitor-survey', due: '2026-12' },
          { kind: 'huomaa-minut', due: '2026-12' },
        ],
        targets: [{ indicator: 'felt-welcome', target: 0.2 }],
      })
      .expect(200);
    await post(sessions.coordinator, `/api/meeting-places/${places.kotipesa.slug}/co-development-days`, {
      date: '2026-11-14',
      participants: { families: 12, children: 15, staff: 4, partners: 3 },
      themes: ['Aukioloajat'],
      outcomes: 'Lauantaiaamut kokeiluun',
    }).expect(201);

    // 2026 has ended and late paper forms had their two weeks: the year's figures are released.
    t.clock.advanceTo(AFTER_2026_RELEASE);
    await logInAll();
  });
  afterAll(() => t.close());

  it('gives the steering group its place’s report as an A4 PDF attachment with the place’s figures, intervals and the year’s work', async () => {
    const res = await download(sessions.steering, `/api/meeting-places/${places.kotipesa.slug}/annual-report/2026.pdf`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="kohtaamo-annual-report-kotipesa-2026-fi.pdf"');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // A4 portrait: 595.28 × 841.89 points.
    expect((res.body as Buffer).toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = pdfOf(res);
    expect(text).toContain('Vuosiraportti 2026');
    expect(text).toContain('Kotipesän kohtaamispaikka');
    expect(text).toContain('Vantaan ja Keravan hyvinvointialue');
    // felt-welcome: 5 of 8, its Wilson interval and the number of respondents.
    expect(text).toContain('Tervetullut olo');
    expect(text).toContain('62,5 % 30,6–86,3 % 8');
    // The Huomaa minut round: five children, three of them heard.
    expect(text).toContain('10.12.2026–11.12.2026 (päättynyt) · Lapsia vastasi: 5');
    expect(text).toContain('60,0 %');
    // The evaluation comparison (self scores 4 everywhere) and the development action.
    expect(text).toContain('Itsearviointi');
    expect(text).toContain('Tervetuloa-kierros uusille perheille');
    expect(text).toContain('MLL Uusimaa');
    expect(text).toContain('31.12.2026');
    // The plan: the day and the children's round done, the visitor survey without a round overdue;
    // the target met (the whole interval lies above 20 %); the co-development day.
    expect(text).toContain('Yhteiskehittämispäivä 11/2026 tehty Kävijäkysely 12/2026 myöhässä Huomaa minut 12/2026 tehty');
    expect(text).toContain('20,0 %: saavutettu');
    expect(text).toContain('14.11.2026 12 15 4 3 Aukioloajat Lauantaiaamut kokeiluun');
    // Never written answers: neither the families’ feedback nor the children’s wishes.
    expect(text).not.toContain('SALAINEN');
    expect(text).not.toContain('Vahvuudet');
  });

  it('keeps a suppressed cell suppressed: fewer than five answers, or withheld to protect it', async () => {
    const small = pdfOf(await download(sessions.admin, `/api/meeting-places/${places.pikku.slug}/annual-report/2026.pdf`).expect(200));
    expect(small).toContain('alle 5 vastausta');
    expect(small).not.toMatch(/\d+,\d %/);
    const data = (await get(sessions.admin, `/api/meeting-places/${places.pikku.slug}/annual-report/2026`).expect(200)).body;
    const welcome = data.indicators.find((i: { key: string }) => i.key === 'felt-welcome');
    expect(welcome).toMatchObject({ value: null, n: 3, status: 'suppressed', ci95: null });

    const neighbour = (await get(sessions.otherSteering, `/api/meeting-places/${places.naapuri.slug}/annual-report/2026`).expect(200)).body;
    expect(neighbour.indicators.find((i: { key: string }) => i.key === 'felt-welcome')).toMatchObject({ value: null, n: 6, status: 'suppressed' });
    const text = pdfOf(await download(sessions.otherSteering, `/api/meeting-places/${places.naapuri.slug}/annual-report/2026.pdf`).expect(200));
    expect(text).toContain('ei näytetä (suojaa pientä ryhmää)');
  });

  it('gives the same figures as data for the printable page, and the PDF in Swedish and English', async () => {
    const data = (await get(sessions.coordinator, `/api/meeting-places/${places.kotipesa.slug}/annual-report/2026`).expect(200)).body;
    expect(data.meetingPlace).toEqual({ slug: 'kotipesa', name: { fi: 'Kotipesän kohtaamispaikka', sv: 'Mötesplatsen Boet', en: 'Kotipesän kohtaamispaikka' } });
    expect(data.year).toBe(2026);
    expect(data.indicators.find((i: { key: string }) => i.key === 'felt-welcome')).toMatchObject({ value: 0.625, n: 8, status: 'published', previous: null, change: null });
    expect(data.rounds).toHaveLength(1);
    expect(data.rounds[0]).toMatchObject({ startsOn: '2026-12-10', endsOn: '2026-12-11', respondents: 5, released: true });
    expect(data.rounds[0].indicators.find((i: { key: string }) => i.key === 'child-heard')).toMatchObject({ value: 0.6, n: 5, status: 'published' });
    expect(data.evaluation.evaluations).toEqual([{ kind: 'self', evaluatorPlace: expect.objectContaining({ fi: 'Kotipesän kohtaamispaikka' }), status: 'submitted' }]);
    expect(data.evaluation.areas.every((a: { self: number }) => a.self === 4)).toBe(true);
    expect(data.actions).toEqual([{ title: 'Tervetuloa-kierros uusille perheille', owner: 'MLL Uusimaa', dueDate: '2026-12-31', status: 'planned', overdue: true }]);
    expect(JSON.stringify(data)).not.toContain('SALAINEN');

    const sv = pdfOf(await download(sessions.steering, `/api/meeting-places/${places.kotipesa.slug}/annual-report/2026.pdf?lang=sv`).expect(200));
    expect(sv).toContain('Årsrapport 2026');
    expect(sv).toContain('Mötesplatsen Boet');
    expect(sv).toContain('62,5 %');
    const en = await download(sessions.steering, `/api/meeting-places/${places.kotipesa.slug}/annual-report/2026.pdf?lang=en`).expect(200);
    expect(en.headers['content-disposition']).toContain('kohtaamo-annual-report-kotipesa-2026-en.pdf');
    expect(pdfOf(en)).toContain('62.5 % 30.6–86.3 % 8');
    expect(pdfOf(en)).toContain('Annual report 2026');
  });

  it('audits every PDF download as an export', async () => {
    const rows: Array<{ action: string; details: string }> = await t.dataSource.query(
      "SELECT action, details FROM audit_event WHERE action = 'export.downloaded' ORDER BY occurred_at",
    );
    const files = rows.map((row) => (JSON.parse(row.details) as { export: string }).export);
    expect(files).toContain('kohtaamo-annual-report-kotipesa-2026-fi.pdf');
    expect(files).toContain('kohtaamo-annual-report-pikkupaikka-2026-fi.pdf');
  });

  it('refuses others: outside the scope 403, not logged in 401, unknown place or year 404, unknown language 400', async () => {
    await get(sessions.otherSteering, `/api/meeting-places/${places.kotipesa.slug}/annual-report/2026.pdf`).expect(403);
    await get(sessions.otherSteering, `/api/meeting-places/${places.kotipesa.slug}/annual-report/2026`).expect(403);
    await get(sessions.otherAnalyst, `/api/meeting-places/${places.kotipesa.slug}/annual-report/2026.pdf`).expect(403);
    await get(sessions.analyst, `/api/meeting-places/${places.tampere.slug}/annual-report/2026.pdf`).expect(403);
    await request(t.http).get(`/api/meeting-places/${places.kotipesa.slug}/annual-report/2026.pdf`).expect(401);
    expect((await get(sessions.admin, '/api/meeting-places/ei-ole/annual-report/2026.pdf').expect(404)).headers['content-type']).toMatch(/problem\+json/);
    await get(sessions.admin, `/api/meeting-places/${places.kotipesa.slug}/annual-report/vuosi.pdf`).expect(404);
    await get(sessions.admin, `/api/meeting-places/${places.kotipesa.slug}/annual-report/26`).expect(404);
    const bad = await get(sessions.admin, `/api/meeting-places/${places.kotipesa.slug}/annual-report/2026.pdf?lang=de`).expect(400);
    expect(bad.body.errors[0].field).toBe('lang');
  });

  it('gives the region’s analysts its places side by side, as data and as a PDF', async () => {
    const data = (await get(sessions.analyst, '/api/regions/04/annual-report/2026').expect(200)).body;
    expect(data.region.code).toBe('04');
    expect(data.indicators.map((i: { key: string }) => i.key)).toContain('felt-welcome');
    const row = (slug: string) => data.places.find((p: { meetingPlace: { slug: string } }) => p.meetingPlace.slug === slug);
    expect(row('kotipesa').indicators.find((i: { key: string }) => i.key === 'felt-welcome')).toMatchObject({ value: 0.625, n: 8, status: 'published' });
    expect(row('pikkupaikka').indicators.find((i: { key: string }) => i.key === 'felt-welcome')).toMatchObject({ value: null, n: 3, status: 'suppressed' });
    expect(row('kotipesa').evaluations).toEqual({ self: true, peers: 0 });
    expect(row('kotipesa').actions).toMatchObject({ planned: 1, overdue: 1 });
    expect(row('kotipesa').plan).toEqual({ upcoming: 0, due: 0, done: 2, overdue: 1 });
    expect(row('kotipesa').coDevelopmentDays).toBe(1);
    expect(row('naapuri')).toMatchObject({ plan: null, coDevelopmentDays: 0 });
    expect(data.planningAvailable).toBe(true);
    expect(data.places.some((p: { meetingPlace: { slug: string } }) => p.meetingPlace.slug === places.tampere.slug)).toBe(false);
    // The region pools its 17 visitors: 5 + 2 + 3 welcomed = 10 of 17.
    expect(data.total.find((i: { key: string }) => i.key === 'felt-welcome')).toMatchObject({ n: 17, status: 'published', value: 0.5882 });

    const res = await download(sessions.analyst, '/api/regions/04/annual-report/2026.pdf').expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="kohtaamo-annual-report-region-04-2026-fi.pdf"');
    expect((res.body as Buffer).toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    const text = pdfOf(res);
    expect(text).toContain('Alueen vuosiraportti 2026');
    expect(text).toContain('Kotipesän kohtaamispaikka');
    expect(text).toContain('Pikkupaikka');
    expect(text).toContain('62,5 % (n 8)');
    expect(text).toContain('alle 5 vastausta');
    expect(text).toContain('58,8 % (n 17)');
    expect(text).toContain('kyllä / 0 0 / 1 / 1 1');
  });

  it('keeps the region version to its analysts and admins', async () => {
    await get(sessions.steering, '/api/regions/04/annual-report/2026.pdf').expect(403);
    await get(sessions.coordinator, '/api/regions/04/annual-report/2026').expect(403);
    await get(sessions.otherAnalyst, '/api/regions/04/annual-report/2026.pdf').expect(403);
    await get(sessions.admin, '/api/regions/04/annual-report/2026.pdf').expect(200);
    await get(sessions.admin, '/api/regions/99/annual-report/2026').expect(404);
  });

  // Last: it changes the action that the tests above read.
  it('shows each action as it stood when the year ended, and carries one still open into the next year', async () => {
    const { actions } = (await get(sessions.coordinator, `/api/meeting-places/${places.kotipesa.slug}/actions`).expect(200)).body;
    // Done in January 2027, after the year it was due in had ended.
    await as(sessions.coordinator, request(t.http).patch(`/api/actions/${actions[0].id}`)).send({ status: 'done', note: 'Kierros pidetty tammikuussa.' }).expect(200);
    const year = (y: number) => get(sessions.coordinator, `/api/meeting-places/${places.kotipesa.slug}/annual-report/${y}`).expect(200);
    const action = { title: 'Tervetuloa-kierros uusille perheille', owner: 'MLL Uusimaa', dueDate: '2026-12-31' };
    expect((await year(2026)).body.actions).toEqual([{ ...action, status: 'planned', overdue: true }]);
    // Open when 2027 began, so carried into it; done since, so no longer overdue there.
    expect((await year(2027)).body.actions).toEqual([{ ...action, status: 'done', overdue: false }]);
    // The region's report counts the plans the same way.
    const counts = async (y: number) => {
      const data = (await get(sessions.analyst, `/api/regions/04/annual-report/${y}`).expect(200)).body;
      return data.places.find((p: { meetingPlace: { slug: string } }) => p.meetingPlace.slug === 'kotipesa').actions;
    };
    expect(await counts(2026)).toEqual({ planned: 1, 'in-progress': 0, done: 0, dropped: 0, overdue: 1 });
    expect(await counts(2027)).toEqual({ planned: 0, 'in-progress': 0, done: 1, dropped: 0, overdue: 0 });
  });
});
