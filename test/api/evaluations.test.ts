import request from 'supertest';
import { parseCsv } from '../../reports/csv/csv-dialect';
import { completeEvaluation, CRITERIA } from '../factories/evaluation.factory';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { createUser } from '../factories/user.factory';
import { EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #20: the yearly self- and peer evaluation of meeting places, its comparison report and
// the development plan. Staff work attributed to places; the anonymous path is closed.

describe('the evaluation cycle', () => {
  let t: TestApp;
  const places: Record<'a' | 'b' | 'c' | 'd', { id: string; slug: string }> = {} as never;
  let coordinatorA: TestSession;
  let coordinatorB: TestSession;
  let coordinatorC: TestSession;
  let coordinatorD: TestSession;
  let steeringA: TestSession;
  let analyst: TestSession;
  let otherAnalyst: TestSession;
  let selfId: string;
  let peerB: string;
  let peerC: string;
  let peerD: string;

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    // a, b and d in Vantaa (region 04); c in Tampere (region 08).
    places.a = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
    places.b = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
    places.c = await createMeetingPlace(t.dataSource, { municipalityCode: '837' });
    places.d = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
    const session = async (role: Parameters<typeof createUser>[1], scope: Parameters<typeof createUser>[2]) => {
      const user = await createUser(t, role, scope);
      return logIn(t, user.email, user.password);
    };
    coordinatorA = await session('coordinator', { meetingPlaces: [places.a] });
    coordinatorB = await session('coordinator', { meetingPlaces: [places.b] });
    coordinatorC = await session('coordinator', { meetingPlaces: [places.c] });
    coordinatorD = await session('coordinator', { meetingPlaces: [places.d] });
    steeringA = await session('steering-group', { meetingPlaces: [places.a] });
    analyst = await session('region-analyst', { regions: ['04'] });
    otherAnalyst = await session('region-analyst', { regions: ['08'] });
  });
  afterAll(() => t.close());

  const post = (who: TestSession, path: string, body: object = {}) => as(who, request(t.http).post(path)).send(body);
  const put = (who: TestSession, id: string, answers: object) => as(who, request(t.http).put(`/api/evaluations/${id}/answers`)).send({ answers });
  const get = (who: TestSession, path: string) => as(who, request(t.http).get(path));
  const assign = (who: TestSession, evaluator: string) => post(who, `/api/meeting-places/${places.a.slug}/evaluations`, { year: 2026, kind: 'peer', evaluatorPlace: evaluator });

  it('lets the place’s coordinator start its self-evaluation, once a year, on peer-evaluation v2', async () => {
    const res = await post(coordinatorA, `/api/meeting-places/${places.a.slug}/evaluations`, { year: 2026, kind: 'self' }).expect(201);
    expect(res.body).toMatchObject({
      meetingPlace: { slug: places.a.slug },
      evaluatorPlace: { slug: places.a.slug },
      year: 2026,
      kind: 'self',
      surveyVersion: 2,
      status: 'draft',
      submittedAt: null,
      canFill: true,
      answers: {},
    });
    selfId = res.body.id;
    expect((await post(coordinatorA, `/api/meeting-places/${places.a.slug}/evaluations`, { year: 2026, kind: 'self' }).expect(409)).body.type).toBe(
      '/problems/evaluation-exists',
    );
    await post(steeringA, `/api/meeting-places/${places.a.slug}/evaluations`, { year: 2027, kind: 'self' }).expect(403);
    await post(coordinatorB, `/api/meeting-places/${places.a.slug}/evaluations`, { year: 2027, kind: 'self' }).expect(403);
  });

  it('has peer evaluations assigned by the region’s analyst, never to the place itself (422) nor by a coordinator', async () => {
    peerB = (await assign(analyst, places.b.slug).expect(201)).body.id;
    peerC = (await assign(analyst, places.c.slug).expect(201)).body.id;
    peerD = (await assign(analyst, places.d.slug).expect(201)).body.id;
    const itself = await assign(analyst, places.a.slug).expect(422);
    expect(itself.body.type).toBe('/problems/self-peer-evaluation');
    await assign(coordinatorA, places.b.slug).expect(403);
    await assign(otherAnalyst, places.c.slug).expect(403);
    await assign(analyst, places.b.slug).expect(409);
    // The regional view is the analysts': place roles never see it.
    await get(steeringA, '/api/regions/04/evaluations?year=2026').expect(403);
    await get(coordinatorA, '/api/regions/04/evaluations?year=2026').expect(403);
  });

  it('saves partial drafts validated against the exact version: questions, scale and type', async () => {
    const saved = await put(coordinatorA, selfId, { crit_activity_encounter: 4, crit_activity_encounter_evidence: 'Tervehdimme jokaisen.' }).expect(200);
    expect(saved.body.answers).toEqual({ crit_activity_encounter: 4, crit_activity_encounter_evidence: 'Tervehdimme jokaisen.' });
    const outOfScale = await put(coordinatorA, selfId, { crit_activity_encounter: 5 }).expect(400);
    expect(outOfScale.body.errors).toEqual([expect.objectContaining({ field: 'answers.crit_activity_encounter' })]);
    // v1's evaluation_type is no question of v2: the kind is the evaluation's.
    const v1Only = await put(coordinatorA, selfId, { evaluation_type: 'self' }).expect(400);
    expect(v1Only.body.errors).toEqual([expect.objectContaining({ field: 'answers.evaluation_type', code: 'unknown-question' })]);
    await put(coordinatorA, selfId, { crit_activity_encounter: 'neljä' }).expect(400);
    // The draft is unchanged by refused saves.
    expect((await get(coordinatorA, `/api/evaluations/${selfId}`).expect(200)).body.answers.crit_activity_encounter).toBe(4);
  });

  it('lets only the evaluating team fill in a peer evaluation, and shows the evaluator only its assignment', async () => {
    await put(coordinatorA, peerB, { crit_activity_encounter: 2 }).expect(403);
    await put(analyst, peerB, { crit_activity_encounter: 2 }).expect(403);
    await put(coordinatorB, peerB, { crit_activity_encounter: 2 }).expect(200);
    // The visited place sees the evaluation, not its answers; the evaluator never the place's own self-evaluation.
    const seenByVisited = await get(coordinatorA, `/api/evaluations/${peerB}`).expect(200);
    expect(seenByVisited.body).toMatchObject({ kind: 'peer', canFill: false, answers: null });
    await get(coordinatorB, `/api/evaluations/${selfId}`).expect(403);
    await put(coordinatorB, selfId, { crit_activity_encounter: 1 }).expect(403);
    await get(coordinatorB, `/api/meeting-places/${places.a.slug}/evaluations`).expect(403);
    await get(coordinatorB, `/api/meeting-places/${places.a.slug}/evaluations/2026/comparison`).expect(403);
    const own = await get(coordinatorB, `/api/meeting-places/${places.b.slug}/evaluations?year=2026`).expect(200);
    expect(own.body.map((e: { id: string; answers: unknown }) => [e.id, e.answers])).toEqual([[peerB, null]]);
  });

  it('submits only complete answers, then locks the evaluation', async () => {
    const incomplete = await post(coordinatorA, `/api/evaluations/${selfId}/submit`).expect(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual([
      ...CRITERIA.filter((c) => c !== 'crit_activity_encounter').map((c) => `answers.${c}`),
      'answers.strengths',
      'answers.development_targets',
    ]);
    await put(coordinatorA, selfId, completeEvaluation(3, { crit_activity_encounter: 4, crit_access_languages: 1, crit_network_knowledge: 2 }, 'A')).expect(200);
    await put(coordinatorB, peerB, completeEvaluation(2, { crit_access_languages: 3 }, 'B')).expect(200);
    await put(coordinatorC, peerC, completeEvaluation(3, { crit_activity_encounter: 2, crit_access_languages: 4 }, 'C')).expect(200);
    // d's team saves a draft of ones and never submits: drafts never count.
    await put(coordinatorD, peerD, completeEvaluation(1, {}, 'D')).expect(200);
    await post(steeringA, `/api/evaluations/${selfId}/submit`).expect(403);
    const submitted = await post(coordinatorA, `/api/evaluations/${selfId}/submit`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedAt: expect.stringMatching(/^2026-12-10T10:00/), canFill: false });
    await post(coordinatorB, `/api/evaluations/${peerB}/submit`).expect(200);
    await post(coordinatorC, `/api/evaluations/${peerC}/submit`).expect(200);
    expect((await put(coordinatorA, selfId, { crit_activity_encounter: 1 }).expect(409)).body.type).toBe('/problems/evaluation-submitted');
    await post(coordinatorA, `/api/evaluations/${selfId}/submit`).expect(409);
  });

  it('compares self and submitted peers per criterion and area, with the largest gaps (hand-computed)', async () => {
    const { body } = await get(steeringA, `/api/meeting-places/${places.a.slug}/evaluations/2026/comparison`).expect(200);
    const row = (name: string) => body.criteria.find((c: { criterion: string }) => c.criterion === name);
    expect(body.criteria.map((c: { criterion: string }) => c.criterion)).toEqual([...CRITERIA]);
    // Self 4; peers b 2 and c 2 → mean 2, gap 2. d's draft (1) does not count.
    expect(row('crit_activity_encounter')).toMatchObject({
      area: 'activity',
      self: 4,
      peers: [
        { evaluationId: peerB, evaluatorPlace: places.b.slug, score: 2 },
        { evaluationId: peerC, evaluatorPlace: places.c.slug, score: 2 },
      ],
      peerMean: 2,
      gap: 2,
      title: { en: expect.stringContaining('Every visitor is met with respect') },
    });
    expect(row('crit_access_languages')).toMatchObject({ self: 1, peerMean: 3.5, gap: -2.5 });
    expect(row('crit_network_knowledge')).toMatchObject({ self: 2, peerMean: 2.5, gap: -0.5 });
    expect(row('crit_structure_coordination')).toMatchObject({ self: 3, peerMean: 2.5, gap: 0.5 });
    expect(body.largestGaps).toEqual(['crit_access_languages', 'crit_activity_encounter', 'crit_activity_togetherness']);
    const area = (name: string) => body.areas.find((a: { area: string }) => a.area === name);
    expect(body.areas.map((a: { area: string }) => a.area)).toEqual(['activity', 'structure', 'access', 'network']);
    // activity: self (4+3+3+3+3)/5 = 3.2; b 2; c (2+3+3+3+3)/5 = 2.8; mean 2.4; gap 0.8.
    expect(area('activity').self).toBeCloseTo(3.2, 10);
    expect(area('activity').peers.map((p: { score: number }) => p.score)).toEqual([2, expect.closeTo(2.8, 10)]);
    expect(area('activity').gap).toBeCloseTo(0.8, 10);
    // access: self (3·4+1)/5 = 2.6; b (2·4+3)/5 = 2.2; c (3·4+4)/5 = 3.2; mean 2.7; gap −0.1.
    expect(area('access').gap).toBeCloseTo(-0.1, 10);
    // network: self 8/3; b 2; c 3; gap 8/3 − 2.5.
    expect(area('network').gap).toBeCloseTo(8 / 3 - 2.5, 10);
    expect(body.summaries).toEqual([
      { kind: 'self', evaluatorPlace: places.a.slug, strengths: 'Vahvuudet (A)', developmentTargets: 'Kehittämiskohteet (A)' },
      { kind: 'peer', evaluatorPlace: places.b.slug, strengths: 'Vahvuudet (B)', developmentTargets: 'Kehittämiskohteet (B)' },
      { kind: 'peer', evaluatorPlace: places.c.slug, strengths: 'Vahvuudet (C)', developmentTargets: 'Kehittämiskohteet (C)' },
    ]);
    // Every evaluation of the year is listed, the draft too, and none with answers.
    expect(body.evaluations.map((e: { id: string; status: string; answers: unknown }) => [e.id, e.status, e.answers])).toEqual([
      [selfId, 'submitted', null],
      [peerB, 'submitted', null],
      [peerC, 'submitted', null],
      [peerD, 'draft', null],
    ]);
  });

  describe('the development plan', () => {
    let actionId: string;
    const actionBody = { title: 'Kielikahvila', criterion: 'crit_access_languages', owner: 'MLL Uusimaa', dueDate: '2027-03-31', source: { kind: 'evaluation', id: 'x' } };

    it('adds an action from a criterion; the steering group reads but does not edit', async () => {
      const created = await post(coordinatorA, `/api/meeting-places/${places.a.slug}/actions`, { ...actionBody, source: { kind: 'evaluation', id: selfId } }).expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        meetingPlace: places.a.slug,
        title: 'Kielikahvila',
        criterion: 'crit_access_languages',
        owner: 'MLL Uusimaa',
        dueDate: '2027-03-31',
        source: { kind: 'evaluation', id: selfId },
        status: 'planned',
        overdue: false,
        history: [],
      });
      actionId = created.body.id;
      await post(steeringA, `/api/meeting-places/${places.a.slug}/actions`, actionBody).expect(403);
      await post(coordinatorB, `/api/meeting-places/${places.a.slug}/actions`, actionBody).expect(403);
      await as(steeringA, request(t.http).patch(`/api/actions/${actionId}`)).send({ status: 'done', note: 'x' }).expect(403);
      const unknown = await post(coordinatorA, `/api/meeting-places/${places.a.slug}/actions`, { ...actionBody, criterion: 'crit_activity_nothing' }).expect(400);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'criterion', code: 'unknown-criterion' });
      await post(coordinatorA, `/api/meeting-places/${places.a.slug}/actions`, { ...actionBody, dueDate: '2027-02-30' }).expect(400);
    });

    it('keeps a dated history of follow-up notes, and marks overdue actions and follow-ups', async () => {
      const first = await as(coordinatorA, request(t.http).patch(`/api/actions/${actionId}`)).send({ status: 'in-progress', note: 'Aloitettu.' }).expect(200);
      expect(first.body.history).toEqual([{ notedAt: expect.stringMatching(/^2026-12-10T10:00/), status: 'in-progress', note: 'Aloitettu.' }]);
      const listed = await get(steeringA, `/api/meeting-places/${places.a.slug}/actions`).expect(200);
      expect(listed.body.actions.map((a: { id: string; status: string; overdue: boolean }) => [a.id, a.status, a.overdue])).toEqual([[actionId, 'in-progress', false]]);
      // The year's last evaluation was submitted on 10 December 2026 (Finnish time).
      expect(listed.body.followUps).toEqual([
        { year: 2026, months: 6, dueDate: '2027-06-10', overdue: false },
        { year: 2026, months: 12, dueDate: '2027-12-10', overdue: false },
      ]);

      t.clock.advanceTo(new Date('2027-06-20T09:00:00Z'));
      const analystLater = await logInAgain();
      const later = await get(analystLater, `/api/meeting-places/${places.a.slug}/actions`).expect(200);
      expect(later.body.actions[0].overdue).toBe(true);
      expect(later.body.followUps.map((f: { overdue: boolean }) => f.overdue)).toEqual([true, false]);
      const done = await as(analystLater, request(t.http).patch(`/api/actions/${actionId}`)).send({ status: 'done', note: 'Valmis.' }).expect(200);
      expect(done.body).toMatchObject({ status: 'done', overdue: false });
      expect(done.body.history.map((n: { status: string; notedAt: string }) => [n.status, n.notedAt.slice(0, 10)])).toEqual([
        ['in-progress', '2026-12-10'],
        ['done', '2027-06-20'],
      ]);
    });

    async function logInAgain(): Promise<TestSession> {
      const user = await createUser(t, 'region-analyst', { regions: ['04'] });
      return logIn(t, user.email, user.password);
    }
  });

  describe('the regional view', () => {
    let regional: TestSession;
    beforeAll(async () => {
      const user = await createUser(t, 'region-analyst', { regions: ['04'] });
      regional = await logIn(t, user.email, user.password);
    });

    it('shows places × criteria, the places lacking this year’s evaluations and actions by status', async () => {
      const { body } = await get(regional, '/api/regions/04/evaluations?year=2026').expect(200);
      expect(body.criteria.map((c: { name: string }) => c.name)).toEqual([...CRITERIA]);
      const a = body.places.find((p: { meetingPlace: { slug: string } }) => p.meetingPlace.slug === places.a.slug);
      expect(a).toMatchObject({ selfYear: 2026, peerYear: 2026, lacksSelf: false, lacksPeer: false, actions: { planned: 0, inProgress: 0, done: 1, dropped: 0, overdue: 0 } });
      expect(a.scores[0]).toEqual({ criterion: 'crit_activity_encounter', self: 4, peer: 2 });
      expect(a.scores.find((s: { criterion: string }) => s.criterion === 'crit_access_languages')).toEqual({ criterion: 'crit_access_languages', self: 1, peer: 3.5 });
      const b = body.places.find((p: { meetingPlace: { slug: string } }) => p.meetingPlace.slug === places.b.slug);
      expect(b).toMatchObject({ selfYear: null, peerYear: null, lacksSelf: true, lacksPeer: true });
      expect(body.places.some((p: { meetingPlace: { slug: string } }) => p.meetingPlace.slug === places.c.slug)).toBe(false);
      await get(regional, '/api/regions/08/evaluations?year=2026').expect(403);
    });

    it('exports it as CSV in both dialects', async () => {
      const plain = await get(regional, '/api/regions/04/evaluations.csv?year=2026').expect(200);
      expect(plain.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parseCsv(plain.text, 'rfc4180');
      expect(rows[0]).toEqual([
        'year', 'region_code', 'meeting_place', 'meeting_place_name', 'area', 'criterion', 'self_year', 'self_score', 'peer_year', 'peer_score', 'gap', 'missing_self', 'missing_peer',
      ]);
      const languages = rows.find((r) => r[2] === places.a.slug && r[5] === 'crit_access_languages');
      expect(languages).toEqual(['2026', '04', places.a.slug, expect.any(String), 'access', 'crit_access_languages', '2026', '1', '2026', '3.5', '-2.5', 'false', 'false']);
      const excel = await get(regional, '/api/regions/04/evaluations.csv?year=2026&dialect=excel-fi').expect(200);
      expect(excel.text.startsWith('\uFEFF')).toBe(true);
      const excelRow = parseCsv(excel.text, 'excel-fi').find((r) => r[2] === places.a.slug && r[5] === 'crit_access_languages');
      expect(excelRow?.slice(7, 11)).toEqual(['1', '2026', '3,5', '-2,5']);
    });
  });

  it('refuses peer-evaluation answers on the anonymous path, from anyone', async () => {
    const body = {
      clientResponseId: '7d3c9f0e-1111-4222-8333-944455556666',
      meetingPlace: places.a.slug,
      surveyKey: 'peer-evaluation',
      surveyVersion: 1,
      locale: 'fi',
      answers: { evaluation_type: 'self', crit_activity_encounter: 3 },
    };
    expect((await request(t.http).post('/api/responses').send(body).expect(403)).body.type).toBe('/problems/staff-cycle-instrument');
    await as(coordinatorA, request(t.http).post('/api/responses')).send({ ...body, surveyVersion: 2, answers: { crit_activity_encounter: 3 } }).expect(403);
  });
});
