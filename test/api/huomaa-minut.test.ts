import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { wilsonInterval } from '../../reports/indicator-math';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { createUser } from '../factories/user.factory';
import { EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #19: Huomaa minut, the children's round. Answers only in an open round, only through
// the place's kiosk or its signed-in staff; the round summary for the steering group.

interface Child {
  heard: 1 | 2 | 3;
  feels?: 1 | 2 | 3;
  fun?: string[];
  age?: string;
  observation?: string;
  wish?: string;
  locale?: string;
}

function childBody(meetingPlace: string, child: Child) {
  const answers: Record<string, unknown> = { felt_heard: child.heard };
  if (child.feels) answers.feels_here = child.feels;
  if (child.fun) answers.fun_things = child.fun;
  if (child.age) answers.age_band = child.age;
  if (child.observation) answers.adult_observation = child.observation;
  if (child.wish) answers.wish = child.wish;
  return { surveyKey: 'huomaa-minut', surveyVersion: 2, meetingPlace, clientResponseId: randomUUID(), locale: child.locale ?? 'fi', answers };
}

describe('Huomaa minut: the children’s round', () => {
  let t: TestApp;
  let place: { id: string; slug: string };
  let other: { id: string; slug: string };
  const accounts: Record<'coordinator' | 'steering' | 'otherCoordinator', { email: string; password: string }> = {} as never;
  const sessions: Record<keyof typeof accounts, TestSession> = {} as never;
  let kiosk: string;
  let otherKiosk: string;
  const rounds: Record<'first' | 'second' | 'small', string> = {} as never;

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    place = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
    other = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
    accounts.coordinator = await createUser(t, 'coordinator', { meetingPlaces: [place] });
    accounts.steering = await createUser(t, 'steering-group', { meetingPlaces: [place] });
    accounts.otherCoordinator = await createUser(t, 'coordinator', { meetingPlaces: [other] });
    await logInAll();
    kiosk = await newKiosk(sessions.coordinator, place.slug);
    otherKiosk = await newKiosk(sessions.otherCoordinator, other.slug);
  });
  afterAll(() => t.close());

  async function logInAll() {
    for (const [key, account] of Object.entries(accounts)) sessions[key as keyof typeof accounts] = await logIn(t, account.email, account.password);
  }
  async function newKiosk(session: TestSession, slug: string): Promise<string> {
    const created = (await as(session, request(t.http).post(`/api/meeting-places/${slug}/kiosks`)).send({ name: 'Lastenhuone', pin: '4071' }).expect(201)).body;
    return (await request(t.http).post('/api/kiosks/activate').send({ setupCode: created.setupCode }).expect(201)).body.deviceToken;
  }
  const anonymously = (body: object) => request(t.http).post('/api/responses').send(body);
  const asStaff = (session: TestSession, body: object) => as(session, request(t.http).post('/api/responses')).send(body);
  const fromKiosk = (token: string, body: object) => request(t.http).post('/api/responses').set('Authorization', `Kiosk ${token}`).send(body);
  async function openRound(session: TestSession, slug: string, startsOn: string, endsOn: string): Promise<string> {
    return (await as(session, request(t.http).post(`/api/meeting-places/${slug}/rounds`)).send({ surveyKey: 'huomaa-minut', startsOn, endsOn }).expect(201)).body.id;
  }
  const close = (session: TestSession, id: string) => as(session, request(t.http).post(`/api/rounds/${id}/close`)).expect(200);
  const summaryOf = async (session: TestSession, id: string) => (await as(session, request(t.http).get(`/api/rounds/${id}/summary`)).expect(200)).body;
  /** Time enough to pass for the round's release: a day after its close for late tablets. */
  async function waitForRelease(days = 2) {
    t.clock.advanceMinutes(days * 24 * 60);
    await logInAll();
  }

  it('refuses answers outside an open round (409), from the coordinator and the kiosk alike', async () => {
    for (const res of [await asStaff(sessions.coordinator, childBody(place.slug, { heard: 3 })), await fromKiosk(kiosk, childBody(place.slug, { heard: 3 }))]) {
      expect(res.status).toBe(409);
      expect(res.body.type).toBe('/problems/round-not-open');
    }
  });

  it('refuses anonymous answers (401) and anyone but the place’s staff or its kiosk (403), even in an open round', async () => {
    rounds.first = await openRound(sessions.coordinator, place.slug, '2026-12-10', '2026-12-11');
    const anonymous = await anonymously(childBody(place.slug, { heard: 3 })).expect(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(anonymous.body.type).toBe('/problems/facilitator-required');
    expect((await asStaff(sessions.steering, childBody(place.slug, { heard: 3 })).expect(403)).body.type).toBe('/problems/not-place-staff');
    expect((await asStaff(sessions.otherCoordinator, childBody(place.slug, { heard: 3 })).expect(403)).body.type).toBe('/problems/not-place-staff');
    expect((await fromKiosk(otherKiosk, childBody(place.slug, { heard: 3 })).expect(403)).body.type).toBe('/problems/kiosk-wrong-place');
    // An invented kiosk token is no kiosk.
    await fromKiosk('x'.repeat(43), childBody(place.slug, { heard: 3 })).expect(401);
    expect((await as(sessions.coordinator, request(t.http).get(`/api/rounds/${rounds.first}`)).expect(200)).body.respondents).toBe(0);
  });

  it('accepts answers from a coordinator of the place and from its kiosk, in the child’s language', async () => {
    // Six children: four with the coordinator, two on the kiosk. An adult saves each child on
    // purpose: the kiosk's rule that taps seconds apart count once is for the faces, not here.
    const first: Child[] = [
      { heard: 3, age: '3-4', locale: 'fi' },
      { heard: 3, age: '3-4', locale: 'ar' },
      { heard: 3, age: '5-6', locale: 'fi' },
      { heard: 1, age: '5-6', locale: 'sv' },
    ];
    for (const child of first) await asStaff(sessions.coordinator, childBody(place.slug, child)).expect(201);
    for (const child of [{ heard: 2 as const, age: '0-2' }, { heard: 3 as const }]) await fromKiosk(kiosk, childBody(place.slug, child)).expect(201);
    expect((await as(sessions.coordinator, request(t.http).get(`/api/rounds/${rounds.first}`)).expect(200)).body.respondents).toBe(6);
    // An open round shows participation only: the exact count, no figures, no written answers.
    const open = await summaryOf(sessions.coordinator, rounds.first);
    expect(open.participation).toEqual({
      total: 6,
      fewerThanMinimum: false,
      byAgeBand: [
        { band: '0-2', n: 1 },
        { band: '3-4', n: 2 },
        { band: '5-6', n: 2 },
        { band: '7-9', n: 0 },
        { band: '10-12', n: 0 },
        { band: 'not-given', n: 1 },
      ],
    });
    expect(open.questions).toEqual([]);
    expect(open.writtenAnswers).toBeNull();
    expect(open.indicators.find((i: { key: string }) => i.key === 'child-heard')).toMatchObject({ status: 'not-released', value: null, n: 6 });
  });

  it('refuses an answer once the round is closed', async () => {
    await close(sessions.coordinator, rounds.first);
    expect((await asStaff(sessions.coordinator, childBody(place.slug, { heard: 3 })).expect(409)).body.type).toBe('/problems/round-not-open');
    expect((await fromKiosk(kiosk, childBody(place.slug, { heard: 3 })).expect(409)).body.type).toBe('/problems/round-not-open');
  });

  it('summarises a released round against hand-computed values, beside the previous round', async () => {
    await waitForRelease(3); // 13 December
    rounds.second = await openRound(sessions.coordinator, place.slug, '2026-12-14', '2026-12-20');
    await waitForRelease(1); // 14 December
    const second: Child[] = [
      { heard: 3, feels: 3, fun: ['play', 'friends'], age: '3-4', observation: 'Näytti innostuneelta.', wish: 'Lisää palikoita' },
      { heard: 3, feels: 3, fun: ['play'], age: '3-4', observation: 'Aluksi ujo, sitten mukana.' },
      { heard: 3, feels: 3, fun: ['snacks'], age: '5-6', wish: 'Keinu' },
      { heard: 3, feels: 3, fun: ['play', 'music'], age: '7-9' },
      { heard: 2, feels: 3, age: '5-6', locale: 'ar', wish: 'أرجوحة' },
    ];
    for (const child of second) await asStaff(sessions.coordinator, childBody(place.slug, child)).expect(201);
    await close(sessions.coordinator, rounds.second);
    await waitForRelease(2);

    const summary = await summaryOf(sessions.coordinator, rounds.second);
    expect(summary.round).toMatchObject({ status: 'closed', respondents: 5, release: { revision: 1 } });
    expect(summary.participation).toEqual({
      total: 5,
      fewerThanMinimum: false,
      byAgeBand: [
        { band: '0-2', n: 0 },
        { band: '3-4', n: 2 },
        { band: '5-6', n: 2 },
        { band: '7-9', n: 1 },
        { band: '10-12', n: 0 },
        { band: 'not-given', n: 0 },
      ],
    });
    const question = (name: string) => summary.questions.find((q: { name: string }) => q.name === name);
    expect(summary.questions.map((q: { name: string }) => q.name)).toEqual(['feels_here', 'felt_heard', 'fun_things']);
    expect(question('felt_heard')).toEqual({
      name: 'felt_heard',
      n: 5,
      choices: [
        { value: '1', count: 0, share: 0 },
        { value: '2', count: 1, share: 0.2 },
        { value: '3', count: 4, share: 0.8 },
      ],
      withheld: false,
    });
    // Every child chose the same face: published, as a dashboard's 100 % is (docs/disclosure.md).
    expect(question('feels_here')).toMatchObject({ n: 5, withheld: false, choices: [{ count: 0 }, { count: 0 }, { value: '3', count: 5, share: 1 }] });
    // A multiple choice that only four children answered is withheld like a small round.
    expect(question('fun_things')).toEqual({ name: 'fun_things', n: 4, choices: [], withheld: true });
    // child-heard: 4 of 5 said yes now; 4 of 6 in the first round. Wilson intervals, change 0.8 − 4/6.
    const [low, high] = wilsonInterval(4, 5)!;
    const heard = summary.indicators.find((i: { key: string }) => i.key === 'child-heard');
    expect(heard).toMatchObject({ status: 'published', value: 0.8, n: 5, ci95: [round4(low), round4(high)] });
    expect(heard.previous).toEqual({ roundId: rounds.first, startsOn: '2026-12-10', endsOn: '2026-12-11', value: 0.6667, n: 6, status: 'published' });
    expect(heard.change).toMatchObject({ value: round4(0.8 - 4 / 6), clear: false, comparable: true });
    // Written answers for the place's coordinator, alphabetically, never in arrival order.
    expect(summary.writtenAnswers).toEqual({
      observations: ['Aluksi ujo, sitten mukana.', 'Näytti innostuneelta.'],
      wishes: ['Keinu', 'Lisää palikoita', 'أرجوحة'],
    });
    // The steering group sees the same figures but no written answers.
    const forSteering = await summaryOf(sessions.steering, rounds.second);
    expect(forSteering.writtenAnswers).toBeNull();
    expect(forSteering.questions).toEqual(summary.questions);
    // Another place's coordinator sees nothing of this place's round.
    await as(sessions.otherCoordinator, request(t.http).get(`/api/rounds/${rounds.second}/summary`)).expect(403);
  });

  it('a round of fewer than five shows only its count', async () => {
    rounds.small = await openRound(sessions.otherCoordinator, other.slug, '2026-12-16', '2026-12-20');
    await asStaff(sessions.otherCoordinator, childBody(other.slug, { heard: 3, age: '3-4', observation: 'Iloinen', wish: 'Pallo' })).expect(201);
    await fromKiosk(otherKiosk, childBody(other.slug, { heard: 1, age: '5-6', locale: 'ar' })).expect(201);
    await close(sessions.otherCoordinator, rounds.small);
    await waitForRelease(2);
    const summary = await summaryOf(sessions.otherCoordinator, rounds.small);
    expect(summary.round).toMatchObject({ status: 'closed', respondents: 2, release: { revision: 1 } });
    expect(summary.participation).toEqual({ total: 2, fewerThanMinimum: true, byAgeBand: null });
    expect(summary.questions).toEqual([]);
    expect(summary.writtenAnswers).toBeNull();
    for (const indicator of summary.indicators) {
      expect(indicator).toMatchObject({ value: null, ci95: null, suppressed: true, change: null });
    }
  });
});

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
