import request from 'supertest';
import { completeEvaluation } from '../factories/evaluation.factory';
import { createMeetingPlace, createServiceArea } from '../factories/meeting-place.factory';
import { visitorSurveyBody } from '../factories/response.factory';
import { createUser } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #21 part A: evaluation plans with statuses computed from the data, targets assessed
// against released figures, co-development days with their agreed actions, copying plans for a
// service area, and reminders. The clock is fixed: November 2026 (rounds of 2026), February
// 2027 (rounds of 2027), then mid-March 2027, when the statuses are read.

jest.setTimeout(60_000);

const NOVEMBER_2026 = new Date('2026-11-02T08:00:00Z'); // 10:00 in Helsinki, a Monday
const FEBRUARY_2027 = new Date('2027-02-01T08:00:00Z');
const MID_MARCH_2027 = new Date('2027-03-10T10:00:00Z');

describe('evaluation plans, co-development days and targets', () => {
  let t: TestApp;
  const places: Record<'a' | 'b' | 'c' | 'other', { id: string; slug: string }> = {} as never;
  const users: Record<string, { email: string; password: string }> = {};
  const sessions: Record<string, TestSession> = {};

  const logInAll = async () => {
    for (const [name, user] of Object.entries(users)) sessions[name] = await logIn(t, user.email, user.password);
  };
  const get = (who: string, path: string) => as(sessions[who], request(t.http).get(path));
  const put = (who: string, path: string, body: object) => as(sessions[who], request(t.http).put(path)).send(body);
  const post = (who: string, path: string, body: object = {}) => as(sessions[who], request(t.http).post(path)).send(body);

  /** A round of the instrument at the place, starting today, and `answers` visitor-survey answers in it. */
  async function roundWithAnswers(place: string, surveyKey: string, endsOn: string, answers: number, answerOverrides: Record<string, unknown> = {}) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(t.clock.now());
    const round = await post('admin', `/api/meeting-places/${place}/rounds`, { surveyKey, startsOn: today, endsOn }).expect(201);
    for (let i = 0; i < answers; i++) {
      const body = visitorSurveyBody(place);
      await request(t.http)
        .post('/api/responses')
        .send({ ...body, answers: { ...body.answers, ...answerOverrides } })
        .expect(201);
    }
    return round.body.id as string;
  }

  beforeAll(async () => {
    t = await startTestApp({ now: NOVEMBER_2026 });
    const area = await createServiceArea(t.dataSource, { id: 'plans-area', municipalityCode: '092' });
    places.a = await createMeetingPlace(t.dataSource, { slug: 'plans-a', municipalityCode: '092', serviceAreaId: area.id });
    places.b = await createMeetingPlace(t.dataSource, { slug: 'plans-b', municipalityCode: '092', serviceAreaId: area.id });
    places.c = await createMeetingPlace(t.dataSource, { slug: 'plans-c', municipalityCode: '092', serviceAreaId: area.id });
    places.other = await createMeetingPlace(t.dataSource, { slug: 'plans-tampere', municipalityCode: '837' });
    const make = async (name: string, role: Parameters<typeof createUser>[1], scope: Parameters<typeof createUser>[2] = {}) => {
      users[name] = await createUser(t, role, scope);
    };
    await make('admin', 'admin');
    await make('coordinatorA', 'coordinator', { meetingPlaces: [places.a] });
    await make('coordinatorOther', 'coordinator', { meetingPlaces: [places.other] });
    await make('steeringA', 'steering-group', { meetingPlaces: [places.a] });
    await make('analyst', 'region-analyst', { regions: ['04'] });
    await make('otherAnalyst', 'region-analyst', { regions: ['08'] });
    await logInAll();

    // 2026 at place a: eight visitors, all feeling welcome, lonely, with an everyday no easier.
    await roundWithAnswers(places.a.slug, 'visitor-survey', '2026-11-20', 8, { felt_welcome: 5, peer_support: 4, loneliness: 5, everyday_easier: 2 });
    // 2027: a visitor round with answers and a stakeholder round nobody answered, both in February.
    t.clock.advanceTo(FEBRUARY_2027);
    await logInAll();
    await roundWithAnswers(places.a.slug, 'visitor-survey', '2027-02-20', 5);
    await roundWithAnswers(places.a.slug, 'stakeholder-survey', '2027-02-10', 0);
    t.clock.advanceTo(MID_MARCH_2027);
    await logInAll();
  });
  afterAll(() => t.close());

  const PLAN_2027 = {
    activities: [
      { kind: 'visitor-survey', due: '2027-02' },
      { kind: 'visitor-survey', due: '2027-01' },
      { kind: 'stakeholder-survey', due: '2027-03' },
      { kind: 'huomaa-minut', due: '2027-04' },
      { kind: 'co-development-day', due: '2027-02' },
      { kind: 'self-evaluation', due: '2027-03' },
      { kind: 'peer-evaluation', due: '2027-05' },
    ],
    targets: [{ indicator: 'felt-welcome', target: 0.8 }],
  };

  describe('the plan', () => {
    it('answers an empty plan for a year without one', async () => {
      const res = await get('coordinatorA', `/api/meeting-places/${places.a.slug}/plans/2027`).expect(200);
      expect(res.body).toEqual({
        meetingPlace: places.a.slug,
        year: 2027,
        exists: false,
        updatedAt: null,
        asOf: '2027-03',
        activities: [],
        targets: [],
        counts: { upcoming: 0, due: 0, done: 0, overdue: 0 },
      });
    });

    it('lets the coordinator save it and computes each status from the data against the clock', async () => {
      const day = await post('coordinatorA', `/api/meeting-places/${places.a.slug}/co-development-days`, {
        date: '2027-02-15',
        participants: { families: 11, children: 8, staff: 4, partners: 2 },
        themes: ['Aukioloajat'],
        outcomes: 'Lauantaiaamut kokeiluun.',
      }).expect(201);
      expect(day.body.date).toBe('2027-02-15');
      const res = await put('coordinatorA', `/api/meeting-places/${places.a.slug}/plans/2027`, PLAN_2027).expect(200);
      expect(res.body.exists).toBe(true);
      expect(res.body.activities.map((a: { kind: string; due: string; status: string; completedOn: string | null }) => [a.kind, a.due, a.status, a.completedOn])).toEqual([
        // One visitor round in February completes February's activity; January's has none left.
        ['visitor-survey', '2027-01', 'overdue', null],
        ['visitor-survey', '2027-02', 'done', '2027-02-20'],
        ['co-development-day', '2027-02', 'done', '2027-02-15'],
        // Its round closed in February without a single answer: not done, and due this month.
        ['stakeholder-survey', '2027-03', 'due', null],
        ['self-evaluation', '2027-03', 'due', null],
        ['huomaa-minut', '2027-04', 'upcoming', null],
        ['peer-evaluation', '2027-05', 'upcoming', null],
      ]);
      expect(res.body.counts).toEqual({ upcoming: 2, due: 2, done: 2, overdue: 1 });
      // The steering group reads the same plan.
      const read = await get('steeringA', `/api/meeting-places/${places.a.slug}/plans/2027`).expect(200);
      expect(read.body.counts).toEqual(res.body.counts);
    });

    it('counts a peer evaluation of the place, not one its team made of another place; and a submitted self-evaluation', async () => {
      // a's team evaluates b: that does not complete a's own peer-evaluation activity.
      const assigned = await post('admin', `/api/meeting-places/${places.b.slug}/evaluations`, { year: 2027, kind: 'peer', evaluatorPlace: places.a.slug }).expect(201);
      await put('coordinatorA', `/api/evaluations/${assigned.body.id}/answers`, { answers: completeEvaluation(3) }).expect(200);
      await post('coordinatorA', `/api/evaluations/${assigned.body.id}/submit`).expect(200);
      const self = await post('coordinatorA', `/api/meeting-places/${places.a.slug}/evaluations`, { year: 2027, kind: 'self' }).expect(201);
      await put('coordinatorA', `/api/evaluations/${self.body.id}/answers`, { answers: completeEvaluation(4) }).expect(200);
      await post('coordinatorA', `/api/evaluations/${self.body.id}/submit`).expect(200);

      const a = await get('coordinatorA', `/api/meeting-places/${places.a.slug}/plans/2027`).expect(200);
      const statusOf = (body: { activities: { kind: string; status: string }[] }, kind: string) => body.activities.find((x) => x.kind === kind)!.status;
      expect(statusOf(a.body, 'peer-evaluation')).toBe('upcoming');
      expect(statusOf(a.body, 'self-evaluation')).toBe('done');

      await put('analyst', `/api/meeting-places/${places.b.slug}/plans/2027`, { activities: [{ kind: 'peer-evaluation', due: '2027-02' }], targets: [] }).expect(200);
      const b = await get('analyst', `/api/meeting-places/${places.b.slug}/plans/2027`).expect(200);
      // Submitted in March, after its February month: done, late.
      expect(b.body.activities).toEqual([{ kind: 'peer-evaluation', due: '2027-02', status: 'done', completedOn: '2027-03-10', late: true }]);
    });

    it('assesses targets against the released figure and its interval, by the indicator’s direction', async () => {
      const res = await put('coordinatorA', `/api/meeting-places/${places.a.slug}/plans/2026`, {
        activities: [{ kind: 'visitor-survey', due: '2026-11' }],
        targets: [
          { indicator: 'felt-welcome', target: 0.6 },
          { indicator: 'peer-support', target: 0.9 },
          { indicator: 'loneliness', target: 0.3 },
          { indicator: 'everyday-easier', target: 0.5 },
          { indicator: 'network-collaboration', target: 4 },
        ],
      }).expect(200);
      const summary = res.body.targets.map((x: { indicator: string; assessment: string; figure: { value: number | null; n: number } | null }) => [
        x.indicator,
        x.figure?.value ?? null,
        x.figure?.n ?? null,
        x.assessment,
      ]);
      expect(summary).toEqual([
        // 8 of 8 agree: Wilson interval [0.676, 1] lies above 0.6.
        ['felt-welcome', 1, 8, 'met'],
        // The interval contains 0.9: the data cannot tell.
        ['peer-support', 1, 8, 'undecidable'],
        // Lower is better: all 8 feel lonely often, the interval lies above 0.3.
        ['loneliness', 1, 8, 'not-met'],
        ['everyday-easier', 0, 8, 'not-met'],
        // No stakeholder answers in 2026.
        ['network-collaboration', null, 0, 'no-figure'],
      ]);
      expect(res.body.targets[0]).toMatchObject({ unit: 'share', direction: 'higher-is-better', figure: { period: '2026', status: 'published' } });
      expect(res.body.targets[0].figure.ci95[0]).toBeCloseTo(0.6756, 3);
      expect(res.body.targets[2].direction).toBe('lower-is-better');
      expect(res.body.activities[0]).toMatchObject({ status: 'done', completedOn: '2026-11-20' });
    });

    it('refuses a plan that breaks the rules, with a field for each problem, and changes nothing', async () => {
      const path = `/api/meeting-places/${places.a.slug}/plans/2027`;
      const bad = await put('coordinatorA', path, {
        activities: [
          { kind: 'visitor-survey', due: '2028-01' },
          { kind: 'knitting', due: '2027-02' },
          { kind: 'huomaa-minut', due: '2027-13' },
        ],
        targets: [],
      }).expect(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['activities.1.kind', 'activities.2.due']);
      const outside = await put('coordinatorA', path, { activities: [{ kind: 'visitor-survey', due: '2028-01' }], targets: [] }).expect(400);
      expect(outside.body.errors).toEqual([expect.objectContaining({ field: 'activities.0.due', code: 'due-outside-year' })]);
      const targets = await put('coordinatorA', path, {
        activities: [],
        targets: [
          { indicator: 'felt-welcome', target: 80 },
          { indicator: 'felt-welcome', target: 0.8 },
          { indicator: 'network-collaboration', target: 0.5 },
        ],
      }).expect(400);
      expect(targets.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
        ['targets.0.target', 'target-out-of-range'],
        ['targets.1.indicator', 'duplicate-target'],
        ['targets.2.target', 'target-out-of-range'],
      ]);
      const unknown = await put('coordinatorA', path, { activities: [], targets: [{ indicator: 'happiness', target: 0.5 }] }).expect(400);
      expect(unknown.body.errors[0].field).toBe('targets.0.indicator');
      await put('coordinatorA', `/api/meeting-places/${places.a.slug}/plans/2019`, { activities: [], targets: [] }).expect(400);
      await get('coordinatorA', `/api/meeting-places/${places.a.slug}/plans/next`).expect(404);
      // Nothing of the above was stored.
      const plan = await get('coordinatorA', path).expect(200);
      expect(plan.body.activities).toHaveLength(7);
      expect(plan.body.targets).toEqual([expect.objectContaining({ indicator: 'felt-welcome', target: 0.8 })]);
    });

    it('lets the steering group read but not edit, and keeps other places’ staff out', async () => {
      const path = `/api/meeting-places/${places.a.slug}/plans/2027`;
      await put('steeringA', path, PLAN_2027).expect(403);
      await put('coordinatorOther', path, PLAN_2027).expect(403);
      await get('coordinatorOther', path).expect(403);
      await put('otherAnalyst', path, PLAN_2027).expect(403);
      await get('coordinatorA', `/api/meeting-places/no-such-place/plans/2027`).expect(404);
    });
  });

  it('answers malformed bodies with 400 problem+json, never a 5xx', async () => {
    const planPath = `/api/meeting-places/${places.a.slug}/plans/2027`;
    const dayPath = `/api/meeting-places/${places.a.slug}/co-development-days`;
    const weird: unknown[] = [null, true, -1, 1.5, '', 'x'.repeat(3000), [], {}, [[1]], { a: 1 }, '\u0000', "'; DROP TABLE evaluation_plan; --"];
    const bodies: [string, object][] = [];
    for (const value of weird) {
      // An empty list is a valid (empty) plan: not malformed.
      const emptyList = Array.isArray(value) && value.length === 0;
      if (!emptyList) bodies.push([planPath, { activities: value, targets: [] }]);
      bodies.push([planPath, { activities: [{ kind: 'visitor-survey', due: value }], targets: [] }]);
      bodies.push([planPath, { activities: [], targets: [{ indicator: 'felt-welcome', target: value }] }]);
      if (!emptyList) bodies.push([planPath, { activities: [], targets: value }]);
      bodies.push([dayPath, { date: '2027-03-01', participants: value, themes: [], outcomes: '' }]);
      bodies.push([dayPath, { date: value, participants: { families: 1, children: 1, staff: 1, partners: 1 }, themes: [], outcomes: '' }]);
      bodies.push([dayPath, { date: '2027-03-01', participants: { families: 1, children: 1, staff: 1, partners: 1 }, themes: [value], outcomes: value, actions: value }]);
    }
    for (const [path, body] of bodies) {
      const res = await (path === planPath ? put('coordinatorA', path, body) : post('coordinatorA', path, body));
      expect([path, JSON.stringify(body).slice(0, 80), res.status]).toEqual([path, JSON.stringify(body).slice(0, 80), 400]);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    // The same for a development action's source (a list used to reach the database).
    const action = await post('coordinatorA', `/api/meeting-places/${places.a.slug}/actions`, { title: 'X', owner: 'Y', dueDate: '2027-06-30', source: [] }).expect(400);
    expect(action.body.errors[0].field).toBe('source');
    // Nothing of it was stored.
    const plan = await get('coordinatorA', planPath).expect(200);
    expect(plan.body.activities).toHaveLength(7);
    expect((await get('coordinatorA', `${dayPath}?year=2027`).expect(200)).body).toHaveLength(1);
  });

  describe('co-development days', () => {
    it('records a day with counts only and puts its agreed actions into the development plan', async () => {
      const res = await post('coordinatorA', `/api/meeting-places/${places.a.slug}/co-development-days`, {
        date: '2027-03-07',
        participants: { families: 14, children: 10, staff: 5, partners: 3 },
        themes: ['Isien osallistuminen', ' Ruoka-apu '],
        outcomes: 'Isille oma ilta kerran kuussa.',
        actions: [{ title: 'Isien ilta kerran kuussa', owner: 'Moniperheet ry', dueDate: '2027-06-30' }],
      }).expect(201);
      expect(res.body).toMatchObject({
        meetingPlace: places.a.slug,
        date: '2027-03-07',
        participants: { families: 14, children: 10, staff: 5, partners: 3 },
        themes: ['Isien osallistuminen', 'Ruoka-apu'],
        actions: [{ title: 'Isien ilta kerran kuussa', source: { kind: 'co-development', id: res.body.id }, status: 'planned' }],
      });
      const plan = await get('steeringA', `/api/meeting-places/${places.a.slug}/actions`).expect(200);
      expect(plan.body.actions).toEqual([expect.objectContaining({ title: 'Isien ilta kerran kuussa', source: { kind: 'co-development', id: res.body.id } })]);
      const days = await get('steeringA', `/api/meeting-places/${places.a.slug}/co-development-days?year=2027`).expect(200);
      expect(days.body.map((d: { date: string; actions: unknown[] }) => [d.date, d.actions.length])).toEqual([
        ['2027-03-07', 1],
        ['2027-02-15', 0],
      ]);
      expect((await get('steeringA', `/api/meeting-places/${places.a.slug}/co-development-days?year=2026`).expect(200)).body).toEqual([]);
    });

    it('refuses a future date, counts that are not whole non-negative numbers, and a bad action, storing nothing', async () => {
      const path = `/api/meeting-places/${places.a.slug}/co-development-days`;
      const valid = { date: '2027-03-01', participants: { families: 1, children: 0, staff: 1, partners: 0 }, themes: [], outcomes: '' };
      const future = await post('coordinatorA', path, { ...valid, date: '2027-03-11' }).expect(400);
      expect(future.body.errors).toEqual([expect.objectContaining({ field: 'date', code: 'date-in-future' })]);
      const counts = await post('coordinatorA', path, { ...valid, participants: { families: -1, children: 1.5, staff: 1, partners: 0 } }).expect(400);
      expect(counts.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['participants.children', 'participants.families']);
      await post('coordinatorA', path, { ...valid, date: '2027-02-30' }).expect(400);
      await post('coordinatorA', path, { ...valid, participants: { families: 1, staff: 1, partners: 0 } }).expect(400);
      const action = await post('coordinatorA', path, { ...valid, actions: [{ title: 'X', owner: 'Y', dueDate: '2027-02-31' }] }).expect(400);
      expect(action.body.errors).toEqual([expect.objectContaining({ field: 'actions.0.dueDate' })]);
      await post('steeringA', path, valid).expect(403);
      await post('coordinatorOther', path, valid).expect(403);
      const days = await get('coordinatorA', `${path}?year=2027`).expect(200);
      expect(days.body).toHaveLength(2);
    });
  });

  describe('copying plans for a service area', () => {
    it('copies last year’s plans with due months moved a year, skipping places that have one', async () => {
      // b has a 2027 plan already (above); c has none for 2026; a has one for 2026 and 2027.
      await put('analyst', `/api/meeting-places/${places.b.slug}/plans/2026`, { activities: [{ kind: 'self-evaluation', due: '2026-10' }], targets: [{ indicator: 'loneliness', target: 0.2 }] }).expect(200);
      const res = await post('analyst', '/api/service-areas/plans-area/plans/2028/copy-from/2027').expect(200);
      expect(res.body).toEqual({ serviceArea: 'plans-area', year: 2028, fromYear: 2027, copied: ['plans-a', 'plans-b'], skipped: [], withoutPlan: ['plans-c'] });
      const copied = await get('coordinatorA', `/api/meeting-places/${places.a.slug}/plans/2028`).expect(200);
      expect(copied.body.activities.map((a: { due: string }) => a.due)).toEqual(['2028-01', '2028-02', '2028-02', '2028-03', '2028-03', '2028-04', '2028-05']);
      expect(copied.body.activities.every((a: { status: string }) => a.status === 'upcoming')).toBe(true);
      expect(copied.body.targets.map((x: { indicator: string; target: number }) => [x.indicator, x.target])).toEqual([['felt-welcome', 0.8]]);

      const again = await post('analyst', '/api/service-areas/plans-area/plans/2027/copy-from/2026').expect(200);
      expect(again.body).toMatchObject({ copied: [], skipped: ['plans-a', 'plans-b'], withoutPlan: ['plans-c'] });
      // b's own 2027 plan is untouched.
      const b = await get('analyst', `/api/meeting-places/${places.b.slug}/plans/2027`).expect(200);
      expect(b.body.activities.map((a: { kind: string }) => a.kind)).toEqual(['peer-evaluation']);
    });

    it('is for the region’s analysts and admins, from an earlier year, of a known area', async () => {
      await post('otherAnalyst', '/api/service-areas/plans-area/plans/2029/copy-from/2028').expect(403);
      await post('coordinatorA', '/api/service-areas/plans-area/plans/2029/copy-from/2028').expect(403);
      const later = await post('analyst', '/api/service-areas/plans-area/plans/2027/copy-from/2028').expect(400);
      expect(later.body.errors[0].code).toBe('copy-from-earlier-year');
      await post('admin', '/api/service-areas/no-such-area/plans/2029/copy-from/2028').expect(404);
    });
  });

  describe('reminders', () => {
    it('lists what is due this month and what is overdue, for the places in scope, overdue first', async () => {
      const res = await get('coordinatorA', '/api/plans/reminders').expect(200);
      expect(res.body.month).toBe('2027-03');
      expect(res.body.reminders.map((r: { meetingPlace: string; kind: string; due: string; status: string }) => [r.meetingPlace, r.kind, r.due, r.status])).toEqual([
        ['plans-a', 'visitor-survey', '2027-01', 'overdue'],
        ['plans-a', 'stakeholder-survey', '2027-03', 'due'],
      ]);
      // The analyst of region 04 also sees b: last year's self-evaluation, never submitted, still reminds.
      const analyst = await get('analyst', '/api/plans/reminders').expect(200);
      expect(analyst.body.reminders.map((r: { meetingPlace: string; year: number; kind: string; status: string }) => [r.meetingPlace, r.year, r.kind, r.status])).toEqual([
        ['plans-b', 2026, 'self-evaluation', 'overdue'],
        ['plans-a', 2027, 'visitor-survey', 'overdue'],
        ['plans-a', 2027, 'stakeholder-survey', 'due'],
      ]);
      const other = await get('coordinatorOther', '/api/plans/reminders').expect(200);
      expect(other.body.reminders).toEqual([]);
    });
  });
});
