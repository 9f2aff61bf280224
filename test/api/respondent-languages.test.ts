import request from 'supertest';
import { halfYearOf } from '../../reports/periods';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody, visitorSurveyBody } from '../factories/response.factory';
import { createUser } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

// The language mix of a place's respondents: counts of responses per language, so a steering
// group sees who is and is not answering. Participation only: no answer values per language.

jest.setTimeout(60_000);

describe('GET /api/meeting-places/:slug/respondent-languages', () => {
  let t: TestApp;
  let steering: TestSession;
  let admin: TestSession;
  const now = halfYearOf(new Date());
  const year = String(now.year);

  beforeAll(async () => {
    t = await startTestApp();
    const place = await createMeetingPlace(t.dataSource, { slug: 'lang-a' });
    await createMeetingPlace(t.dataSource, { slug: 'lang-b' });
    const visitor = (locale: string) => visitorSurveyBody('lang-a', { surveyVersion: 3, locale, answers: { felt_welcome: 4 } });
    for (const locale of ['fi', 'fi', 'so', 'so', 'so', 'fa', 'ar']) {
      await request(t.http).post('/api/responses').send(visitor(locale)).expect(201);
    }
    for (const locale of ['uk', 'so']) {
      await request(t.http).post('/api/responses').send(instantFeedbackBody('lang-a', 3, { surveyVersion: 2, locale })).expect(201);
    }
    await request(t.http).post('/api/responses').send(visitorSurveyBody('lang-b', { surveyVersion: 3, locale: 'sq' })).expect(201);
    const steeringUser = await createUser(t, 'steering-group', { meetingPlaces: [place] });
    const adminUser = await createUser(t, 'admin');
    steering = await logIn(t, steeringUser.email, steeringUser.password);
    admin = await logIn(t, adminUser.email, adminUser.password);
  });
  afterAll(() => t.close());

  it('counts the place’s responses per language, overall and per survey, most used first', async () => {
    const res = await as(steering, request(t.http).get(`/api/meeting-places/lang-a/respondent-languages?period=${year}`)).expect(200);
    expect(res.body).toEqual({
      meetingPlace: 'lang-a',
      period: year,
      responses: 9,
      languages: [
        { locale: 'so', responses: 4 },
        { locale: 'fi', responses: 2 },
        { locale: 'ar', responses: 1 },
        { locale: 'fa', responses: 1 },
        { locale: 'uk', responses: 1 },
      ],
      surveys: [
        { surveyKey: 'instant-feedback', responses: 2, languages: [{ locale: 'so', responses: 1 }, { locale: 'uk', responses: 1 }] },
        {
          surveyKey: 'visitor-survey',
          responses: 7,
          languages: [
            { locale: 'so', responses: 3 },
            { locale: 'fi', responses: 2 },
            { locale: 'ar', responses: 1 },
            { locale: 'fa', responses: 1 },
          ],
        },
      ],
    });
    // Counts only: nothing about what anyone answered.
    expect(JSON.stringify(res.body)).not.toMatch(/felt_welcome|mood|value/);
  });

  it('is scoped like the place’s response-level data, per fixed period', async () => {
    await as(steering, request(t.http).get(`/api/meeting-places/lang-b/respondent-languages?period=${year}`)).expect(403);
    const other = await as(admin, request(t.http).get(`/api/meeting-places/lang-b/respondent-languages?period=${year}`)).expect(200);
    expect(other.body.languages).toEqual([{ locale: 'sq', responses: 1 }]);
    const otherHalf = now.half === 1 ? `${year}-H2` : `${year}-H1`;
    const empty = await as(admin, request(t.http).get(`/api/meeting-places/lang-a/respondent-languages?period=${otherHalf}`)).expect(200);
    expect(empty.body).toMatchObject({ responses: 0, languages: [], surveys: [] });
    const bad = await as(admin, request(t.http).get('/api/meeting-places/lang-a/respondent-languages?period=last-year')).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'period', message: 'period must be a year such as 2026 or a half-year such as 2026-H1', code: 'matches' }]);
    await request(t.http).get(`/api/meeting-places/lang-a/respondent-languages?period=${year}`).expect(401);
  });
});
