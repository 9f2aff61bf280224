import request from 'supertest';
import { halfYearOf } from '../../reports/periods';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { visitorSurveyBody } from '../factories/response.factory';
import { createUser } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

describe('GET /api/meeting-places/:slug/free-text', () => {
  let t: TestApp;
  let coordinatorA: TestSession;
  let steeringA: TestSession;
  let analyst: TestSession;
  let admin: TestSession;
  const now = halfYearOf(EARLY_DECEMBER_2026);
  const year = String(now.year);

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    const a = await createMeetingPlace(t.dataSource, { slug: 'text-a' });
    await createMeetingPlace(t.dataSource, { slug: 'text-b' });
    const texts = ['Ohjaajat ovat ihania.', 'Lisää iltapäiväkerhoja!', 'Kahvi loppuu usein.', null, null, 'Kiitos.'];
    for (const text of texts) {
      const answers: Record<string, unknown> = { felt_welcome: 4, visit_frequency: 'weekly' };
      if (text) answers.feedback_free_text = text;
      await request(t.http).post('/api/responses').send(visitorSurveyBody('text-a', { locale: text === 'Kiitos.' ? 'sv' : 'fi', answers })).expect(201);
    }
    for (const text of ['Liian pieni tila.', 'Hyvä.']) {
      await request(t.http).post('/api/responses').send(visitorSurveyBody('text-b', { answers: { felt_welcome: 3, feedback_free_text: text } })).expect(201);
    }
    const coordinator = await createUser(t, 'coordinator', { meetingPlaces: [a] });
    const steering = await createUser(t, 'steering-group', { meetingPlaces: [a] });
    const analystUser = await createUser(t, 'region-analyst', { regions: ['04'] });
    const adminUser = await createUser(t, 'admin');
    coordinatorA = await logIn(t, coordinator.email, coordinator.password);
    steeringA = await logIn(t, steering.email, steering.password);
    analyst = await logIn(t, analystUser.email, analystUser.password);
    admin = await logIn(t, adminUser.email, adminUser.password);
  });
  afterAll(() => t.close());

  it('gives the place’s coordinator its free text, sorted by content with titles, no choice codes', async () => {
    const res = await as(coordinatorA, request(t.http).get(`/api/meeting-places/text-a/free-text?period=${year}`)).expect(200);
    expect(res.body.period).toBe(year);
    expect(res.body.truncated).toBe(false);
    expect(res.body.withheld).toEqual([]);
    // Five answered in Finnish, one in Swedish: a language tag would point at that one family.
    expect(res.body.items.map((i: { text: string; locale: string | null }) => [i.text, i.locale])).toEqual([
      ['Kahvi loppuu usein.', 'fi'],
      ['Kiitos.', null],
      ['Lisää iltapäiväkerhoja!', 'fi'],
      ['Ohjaajat ovat ihania.', 'fi'],
    ]);
    expect(res.body.items[0]).toMatchObject({
      surveyKey: 'visitor-survey',
      surveyTitle: { fi: 'Perheiden kävijäkysely' },
      question: 'feedback_free_text',
      questionTitle: { en: expect.stringMatching(/anything else/) },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/receivedAt|weekly/);
  });

  it('withholds a survey’s free text when fewer than five answered it there', async () => {
    const res = await as(admin, request(t.http).get(`/api/meeting-places/text-b/free-text?period=${year}`)).expect(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.withheld).toEqual([{ surveyKey: 'visitor-survey', surveyTitle: expect.objectContaining({ fi: 'Perheiden kävijäkysely' }) }]);
  });

  it('audits every read, with the reader, the place and the period', async () => {
    await as(coordinatorA, request(t.http).get(`/api/meeting-places/text-a/free-text?period=${year}`)).expect(200);
    const log = await as(admin, request(t.http).get('/api/audit-log?action=free-text.read')).expect(200);
    expect(log.body.items[0]).toMatchObject({ action: 'free-text.read', target: { type: 'meeting-place' }, details: { period: year, items: 4 } });
    expect(log.body.items[0].actor.email).toMatch(/^coordinator-/);
  });

  it('refuses other places, other roles, bad periods and unknown places', async () => {
    await as(coordinatorA, request(t.http).get(`/api/meeting-places/text-b/free-text?period=${year}`)).expect(403);
    // Families are told only the place's staff read what they write.
    await as(steeringA, request(t.http).get(`/api/meeting-places/text-a/free-text?period=${year}`)).expect(403);
    await as(analyst, request(t.http).get(`/api/meeting-places/text-a/free-text?period=${year}`)).expect(403);
    const bad = await as(admin, request(t.http).get('/api/meeting-places/text-a/free-text?period=2026-Q1')).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'period', message: 'period must be a year such as 2026 or a half-year such as 2026-H1', code: 'matches' }]);
    await as(admin, request(t.http).get(`/api/meeting-places/nowhere/free-text?period=${year}`)).expect(404);
    await request(t.http).get(`/api/meeting-places/text-a/free-text?period=${year}`).expect(401);
  });

  it('filters by half-year', async () => {
    const other = now.half === 1 ? `${year}-H2` : `${year}-H1`;
    const res = await as(admin, request(t.http).get(`/api/meeting-places/text-a/free-text?period=${other}`)).expect(200);
    expect(res.body.items).toEqual([]);
  });
});
