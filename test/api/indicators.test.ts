import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { halfYearOf } from '../../reports/periods';
import type { ResponseRecords } from '../../api/src/responses/response-records';
import { ResponsesService } from '../../api/src/responses/responses.service';
import { createMeetingPlace, createServiceArea } from '../factories/meeting-place.factory';
import { instantFeedbackBody, visitorSurveyBody } from '../factories/response.factory';
import { createUser } from '../factories/user.factory';
import { AFTER_2026_RELEASE, EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A small network with known answers, posted through POST /api/responses:
 *
 *   national ─ 04 Vantaa–Kerava ─ 092 Vantaa ─ area A1 ─ p1 (6 visitors), p2 (4)
 *            │                 │             ├ area A2 ─ p3 (5)
 *            │                 │             └ (no area) ─ p4 (7)
 *            │                 └ 245 Kerava ─ area B1 ─ p5 (5)
 *            └ 08 Pirkanmaa ─ 837 Tampere ─ (no area) ─ p6 (8)
 *
 * Every figure below is worked out by hand from these answers.
 */
type Answers = Record<string, number | null>;
const VISITORS: Record<string, Answers[]> = {
  p1: columns({ felt_welcome: [5, 5, 4, 3, 2, 1], peer_support: [4, 4, 4, 2, 2, 1], loneliness: [1, 2, 2, 4, 5, 1], everyday_easier: [4, 4, 2, 2, 2, 2] }),
  p2: columns({ felt_welcome: [5, 4, 4, 2], peer_support: [5, 5, 1, 1], loneliness: [4, 4, 1, 1], everyday_easier: [4, 2, 2, 2] }),
  // One visitor skipped peer_support: 4 answered it.
  p3: columns({ felt_welcome: [5, 5, 5, 4, 1], peer_support: [5, 4, 2, null, 1], loneliness: [1, 1, 2, 3, 5], everyday_easier: [4, 4, 4, 4, 3] }),
  p4: columns({
    felt_welcome: [4, 4, 4, 4, 4, 2, 1],
    peer_support: [5, 5, 5, 4, 3, 3, 1],
    loneliness: [4, 5, 4, 1, 1, 2, 3],
    everyday_easier: [5, 5, 5, 5, 5, 5, 2],
  }),
  p5: columns({ felt_welcome: [5, 5, 3, 3, 1], peer_support: [4, 4, 4, 4, 4], loneliness: [5, 5, 5, 1, 1], everyday_easier: [3, 3, 3, 4, 4] }),
  p6: columns({
    felt_welcome: [5, 5, 5, 5, 4, 4, 2, 2],
    peer_support: [2, 2, 2, 2, 4, 4, 4, 4],
    loneliness: [1, 1, 1, 1, 1, 1, 4, 2],
    everyday_easier: [4, 4, 4, 4, 4, 4, 4, 1],
  }),
};

function columns(items: Record<string, (number | null)[]>): Answers[] {
  const length = Object.values(items)[0].length;
  return Array.from({ length }, (_, i) => Object.fromEntries(Object.entries(items).map(([name, values]) => [name, values[i]])));
}

function body(surveyKey: string, meetingPlace: string, answers: Record<string, unknown>) {
  return { surveyKey, surveyVersion: 1, meetingPlace, clientResponseId: randomUUID(), locale: 'fi', answers };
}

const published = (value: number, n: number) => ({ value, n, suppressed: false, status: 'published' });
/** A withheld figure: no value or interval (its exact n is checked on its own below). */
const SUPPRESSED = { value: null, suppressed: true, status: 'suppressed', ci95: null };
const NO_ANSWERS = { value: null, n: 0, suppressed: true, status: 'no-answers', ci95: null };

/** When 2026 and its second half are released: the year has ended and late paper forms had two weeks. */

describe('GET /api/indicators', () => {
  let t: TestApp;
  let session: TestSession;
  let admin: { email: string; password: string };
  const slugs: Record<string, string> = {};
  const areas: Record<string, string> = {};
  const now = halfYearOf(EARLY_DECEMBER_2026);
  const year = String(now.year);
  const half = `${now.year}-H${now.half}`;
  const otherHalf = `${now.year}-H${3 - now.half}`;

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    const user = await createUser(t, 'steering-group');
    admin = await createUser(t, 'admin');
    const adminSession = await logIn(t, admin.email, admin.password);

    const a1 = await createServiceArea(t.dataSource, { municipalityCode: '092', nameFi: 'Alue A1' });
    const a2 = await createServiceArea(t.dataSource, { municipalityCode: '092', nameFi: 'Alue A2' });
    const b1 = await createServiceArea(t.dataSource, { municipalityCode: '245', nameFi: 'Alue B1' });
    Object.assign(areas, { A1: a1.id, A2: a2.id, B1: b1.id });
    const places = {
      p1: { municipalityCode: '092', serviceAreaId: a1.id },
      p2: { municipalityCode: '092', serviceAreaId: a1.id },
      p3: { municipalityCode: '092', serviceAreaId: a2.id },
      p4: { municipalityCode: '092', serviceAreaId: null },
      p5: { municipalityCode: '245', serviceAreaId: b1.id },
      p6: { municipalityCode: '837', serviceAreaId: null },
    };
    for (const [key, overrides] of Object.entries(places)) {
      slugs[key] = (await createMeetingPlace(t.dataSource, { ...overrides, nameFi: `Paikka ${key}` })).slug;
    }
    // Huomaa minut takes answers only in an open round.
    for (const key of ['p3', 'p5']) {
      await as(adminSession, request(t.http).post(`/api/meeting-places/${slugs[key]}/rounds`))
        .send({ surveyKey: 'huomaa-minut', startsOn: '2026-12-10', endsOn: '2026-12-18' })
        .expect(201);
    }

    // Huomaa minut is answered with the place's staff (here an admin), never anonymously.
    const post = async (payload: { surveyKey: string }) => {
      const sent = request(t.http).post('/api/responses');
      const res = await (payload.surveyKey === 'huomaa-minut' ? as(adminSession, sent) : sent).send(payload);
      if (res.status !== 201) throw new Error(`POST /api/responses: ${res.status} ${JSON.stringify(res.body)}`);
    };
    for (const [key, visitors] of Object.entries(VISITORS)) {
      for (const answers of visitors) {
        const given = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== null));
        await post(visitorSurveyBody(slugs[key], { answers: given }));
      }
    }
    for (const mood of [3, 3, 3, 1, 2] as const) await post(instantFeedbackBody(slugs.p1, mood));
    for (const mood of [3, 3, 3] as const) await post(instantFeedbackBody(slugs.p2, mood));
    for (const heard of [3, 3, 2, 1, 3]) await post(body('huomaa-minut', slugs.p3, { felt_heard: heard }));
    for (const heard of [3, 3]) await post(body('huomaa-minut', slugs.p5, { felt_heard: heard }));
    for (const works of [5, 4, 4, 3, 5, 2]) await post(body('stakeholder-survey', slugs.p4, { collaboration_works: works }));
    // Figures are published as releases: move to when 2026 is released.
    t.clock.advanceTo(AFTER_2026_RELEASE);
    session = await logIn(t, user.email, user.password);
  }, 120_000);
  afterAll(() => t.close());

  const get = (url: string) => as(session, request(t.http).get(url));
  const indicatorsOf = async (query: string) => {
    const res = await get(`/api/indicators?${query}`).expect(200);
    return Object.fromEntries((res.body.indicators as { key: string }[]).map((i) => [i.key, i])) as Record<string, Record<string, unknown>>;
  };
  /** What a cell shows; a withheld cell's n is participation and is checked on its own. */
  const figure = (i: Record<string, unknown>) =>
    i.status === 'suppressed' ? { value: i.value, suppressed: i.suppressed, status: i.status } : { value: i.value, n: i.n, suppressed: i.suppressed, status: i.status };

  /** Every area of the network, as the query that names it. */
  const AREAS = () => ({
    p1: `level=meeting-place&code=${slugs.p1}`,
    p2: `level=meeting-place&code=${slugs.p2}`,
    p3: `level=meeting-place&code=${slugs.p3}`,
    p4: `level=meeting-place&code=${slugs.p4}`,
    p5: `level=meeting-place&code=${slugs.p5}`,
    p6: `level=meeting-place&code=${slugs.p6}`,
    A1: `level=service-area&code=${areas.A1}`,
    A2: `level=service-area&code=${areas.A2}`,
    B1: `level=service-area&code=${areas.B1}`,
    Vantaa: 'level=municipality&code=092',
    Kerava: 'level=municipality&code=245',
    Tampere: 'level=municipality&code=837',
    '04': 'level=region&code=04',
    '08': 'level=region&code=08',
    national: 'level=national',
  });

  async function figuresAtEveryLevel(key: string, period: string) {
    const out: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(AREAS())) out[name] = figure((await indicatorsOf(`${query}&period=${period}`))[key]);
    return out;
  }

  it('answers in the contract shape, for the year, with the area named', async () => {
    const res = await get(`/api/indicators?level=region&code=04&period=${year}`).expect(200);
    expect(res.body).toMatchObject({
      level: 'region',
      code: '04',
      name: { fi: 'Vantaan ja Keravan hyvinvointialue', sv: expect.any(String), en: expect.any(String) },
      period: year,
      periodType: 'year',
      parent: { level: 'national', code: null },
    });
    expect(res.body.indicators.map((i: { key: string }) => i.key)).toEqual([
      'felt-welcome',
      'peer-support',
      'loneliness',
      'everyday-easier',
      'instant-positive',
      'network-collaboration',
      'parenting-resources',
      'guidance-to-help',
      'children-play',
      'participation',
      'would-recommend',
      'stakeholder-referrals',
      'joint-leadership',
    ]);
    expect(res.body.indicators[0]).toEqual({
      key: 'felt-welcome',
      title: { fi: 'Tervetullut olo', sv: 'Känner sig välkommen', en: 'Feeling welcome' },
      description: expect.objectContaining({ fi: expect.stringContaining('Tunnen itseni tervetulleeksi') }),
      instrument: 'visitor-survey',
      core: true,
      unit: 'share',
      direction: 'higher-is-better',
      scale: { kind: 'agreement', min: 1, max: 5 },
      periods: ['year'],
      // 3 + 3 + 4 + 5 + 2 of 6 + 4 + 5 + 7 + 5 agree
      value: 0.6296,
      n: 27,
      suppressed: false,
      status: 'published',
      ci95: [0.4423, 0.7847],
      releasedAt: expect.stringMatching(/^2027-01-16T/),
      coverage: { from: `${year}-01-01`, to: `${year}-12-31`, partial: false },
      previous: null,
      change: null,
    });
  });

  it('felt-welcome: pooled respondents at every level; p2 (n = 4) withheld and p1 with it', async () => {
    expect(await figuresAtEveryLevel('felt-welcome', year)).toEqual({
      p1: figure(SUPPRESSED as Record<string, unknown>), // n = 6, withheld so that p2 is not A1 − p1
      p2: figure(SUPPRESSED as Record<string, unknown>), // n = 4
      p3: published(0.8, 5), // n = 5 is enough
      p4: published(0.7143, 7),
      p5: published(0.4, 5),
      p6: published(0.75, 8),
      A1: published(0.6, 10), // 3 + 3 of 6 + 4
      A2: published(0.8, 5),
      B1: published(0.4, 5),
      Vantaa: published(0.6818, 22), // 6 + 4 + 5 of 22
      Kerava: published(0.4, 5),
      Tampere: published(0.75, 8),
      '04': published(0.6296, 27),
      '08': published(0.75, 8),
      national: published(0.6571, 35), // 17 + 6 of 35
    });
  });

  it('peer-support: skips are not counted, and withholding A2 (n = 4) takes the unassigned group and its only place with it', async () => {
    expect(await figuresAtEveryLevel('peer-support', year)).toEqual({
      p1: figure(SUPPRESSED as Record<string, unknown>),
      p2: figure(SUPPRESSED as Record<string, unknown>),
      p3: figure(SUPPRESSED as Record<string, unknown>), // 5 visitors, 4 answered
      p4: figure(SUPPRESSED as Record<string, unknown>), // n = 7: Vantaa − A1 would otherwise give A2
      p5: published(1, 5),
      p6: published(0.5, 8),
      A1: published(0.5, 10),
      A2: figure(SUPPRESSED as Record<string, unknown>),
      B1: published(1, 5),
      Vantaa: published(0.5238, 21), // 5 + 2 + 4 of 10 + 4 + 7
      Kerava: published(1, 5),
      Tampere: published(0.5, 8),
      '04': published(0.6154, 26),
      '08': published(0.5, 8),
      national: published(0.5882, 34),
    });
    const comparison = await get(`/api/indicators/comparison?level=municipality&code=092&period=${year}&childLevel=service-area`).expect(200);
    const rows = comparison.body.areas.map((a: { code: string | null; unassigned?: boolean; indicators: { key: string }[] }) => [
      a.code,
      a.unassigned ?? false,
      figure(a.indicators.find((i) => i.key === 'peer-support')!),
    ]);
    expect(rows).toEqual([
      [areas.A1, false, published(0.5, 10)],
      [areas.A2, false, figure(SUPPRESSED as Record<string, unknown>)],
      [null, true, figure(SUPPRESSED as Record<string, unknown>)],
    ]);
    // The best an intruder can do: Vantaa − A1 = A2 + unassigned together, 11 people; not A2.
    expect(comparison.body.total.indicators.find((i: { key: string }) => i.key === 'peer-support').n - 10).toBe(11);
  });

  it('loneliness and everyday-easier: shares answering 4–5 at every level', async () => {
    const loneliness = await figuresAtEveryLevel('loneliness', year);
    expect(loneliness).toMatchObject({
      p1: figure(SUPPRESSED as Record<string, unknown>),
      p2: figure(SUPPRESSED as Record<string, unknown>),
      p3: published(0.2, 5),
      A1: published(0.4, 10),
      Vantaa: published(0.3636, 22), // 4 + 1 + 3 of 22
      '04': published(0.4074, 27),
      national: published(0.3429, 35),
    });
    const easier = await figuresAtEveryLevel('everyday-easier', year);
    expect(easier).toMatchObject({
      p1: figure(SUPPRESSED as Record<string, unknown>),
      p4: published(0.8571, 7),
      A1: published(0.3, 10),
      Kerava: published(0.4, 5),
      national: published(0.6286, 35), // 3 + 4 + 6 + 2 + 7 of 35
    });
  });

  it('pooled areas take places as clusters: the interval widens when the places differ, and rests on published parts only', async () => {
    // everyday-easier in Vantaa: A1 (p1 + p2, withheld places) 3 of 10, p3 4 of 5, p4 6 of 7 → 13 of 22.
    // A1 is one cluster because its places are withheld; p3 and p4 are their own. By hand:
    // R = 0.5909; residuals −2.909, 1.045, 1.864 → Σ² = 13.03; v_cluster = 3/2 · 13.03 / 22² = 0.0404;
    // v_srs = 0.5909 · 0.4091 / 22 = 0.0110; deff = 3.67; effective n = 5.99 → Wilson 24.6–86.5 %.
    const vantaa = await indicatorsOf('level=municipality&code=092&period=' + year);
    expect(vantaa['everyday-easier']).toMatchObject({ ...published(0.5909, 22), ci95: [0.2459, 0.8648] });
    // As a simple random sample of 22 families it would claim 38.7–76.7 %.
    const byLevel = await figuresAtEveryLevel('everyday-easier', year);
    expect(byLevel).toMatchObject({ A1: published(0.3, 10), p1: figure(SUPPRESSED as Record<string, unknown>), p3: published(0.8, 5), p4: published(0.8571, 7) });
    // A place keeps its own Wilson interval: 6 of 7.
    const p4 = await indicatorsOf(`level=meeting-place&code=${slugs.p4}&period=${year}`);
    expect(p4['everyday-easier'].ci95).toEqual([0.4869, 0.9743]);
  });

  it('network-collaboration: the mean of 1–5 with a t interval clipped to the scale', async () => {
    const byLevel = await figuresAtEveryLevel('network-collaboration', year);
    expect(byLevel).toMatchObject({ p4: published(3.8333, 6), Vantaa: published(3.8333, 6), national: published(3.8333, 6), p1: figure(NO_ANSWERS) });
    const at = await indicatorsOf(`level=meeting-place&code=${slugs.p4}&period=${year}`);
    // s = 1.1690, t(0.975, 5) = 2.5706: 3.8333 ± 1.2268 → [2.6065, 5.0602] → clipped at 5
    expect(at['network-collaboration']).toMatchObject({ unit: 'mean', value: 3.8333, n: 6, ci95: [2.6065, 5] });
  });

  it('instant-positive: the year and the half-year it was answered in; the other half has no answers', async () => {
    const expected = {
      p1: figure(SUPPRESSED as Record<string, unknown>), // n = 5, withheld with p2 (n = 3, all happy)
      p2: figure(SUPPRESSED as Record<string, unknown>),
      A1: published(0.75, 8),
      Vantaa: published(0.75, 8),
      '04': published(0.75, 8),
      national: published(0.75, 8),
    };
    expect(await figuresAtEveryLevel('instant-positive', year)).toMatchObject(expected);
    expect(await figuresAtEveryLevel('instant-positive', half)).toMatchObject(expected);
    expect(figure((await indicatorsOf(`level=region&code=04&period=${otherHalf}`))['instant-positive'])).toEqual(figure(NO_ANSWERS));
  });

  it('marks a period the kiosks covered only partly, and the year lists the half-yearly children’s figures per half-year', async () => {
    // The first kiosk answer came on 10 December: the year and its half cover 10–31 December only.
    const region = await get(`/api/indicators?level=region&code=04&period=${year}`).expect(200);
    const instant = region.body.indicators.find((i: { key: string }) => i.key === 'instant-positive');
    expect(instant.coverage).toEqual({ from: `${year}-12-10`, to: `${year}-12-31`, partial: true });
    // Rounds-based instruments cover their period whenever the round falls.
    expect(region.body.indicators[0].coverage).toEqual({ from: `${year}-01-01`, to: `${year}-12-31`, partial: false });
    // Huomaa minut is published per half-year: the year shows it for both halves.
    expect(region.body.indicators.map((i: { key: string }) => i.key)).not.toContain('child-heard');
    expect(region.body.halfYearly.map((h: { period: string }) => h.period)).toEqual([`${year}-H1`, `${year}-H2`]);
    const [first, second] = region.body.halfYearly;
    expect(first.indicators.find((i: { key: string }) => i.key === 'child-heard')).toMatchObject({ status: 'no-answers', n: 0 });
    expect(second.indicators.find((i: { key: string }) => i.key === 'child-heard')).toMatchObject({ title: expect.any(Object), n: 7 });
    const halfFigures = await indicatorsOf(`level=region&code=04&period=${year}-H2`);
    expect(second.indicators.find((i: { key: string }) => i.key === 'child-heard')).toEqual(halfFigures['child-heard']);
    const comparison = await get(`/api/indicators/comparison?level=region&code=04&period=${year}&childLevel=meeting-place`).expect(200);
    expect(comparison.body.halfYearly[1]).toMatchObject({ period: `${year}-H2`, indicators: expect.arrayContaining([expect.objectContaining({ key: 'child-heard' })]) });
    expect(comparison.body.halfYearly[1].total.indicators[0]).toMatchObject({ key: 'child-heard', n: 7 });
    const half = await get(`/api/indicators?level=region&code=04&period=${year}-H2`).expect(200);
    expect(half.body.halfYearly).toEqual([]);
  });

  it('child-heard: half-years only; the round released Vantaa’s place, so the half-year publishes it and withholds the region (region − Vantaa = Kerava, n = 2)', async () => {
    // p3's round closed on 18 December and was released first: its place figure (n = 5) is public.
    const adminSession = await logIn(t, admin.email, admin.password);
    const [round] = (await as(adminSession, request(t.http).get(`/api/meeting-places/${slugs.p3}/rounds`)).expect(200)).body;
    expect(round).toMatchObject({ status: 'closed', respondents: 5, release: { revision: 1 } });
    const summary = (await as(adminSession, request(t.http).get(`/api/rounds/${round.id}/summary`)).expect(200)).body;
    expect(summary.indicators.find((i: { key: string }) => i.key === 'child-heard')).toMatchObject({ status: 'published', n: 5, value: 0.6 });
    expect(await figuresAtEveryLevel('child-heard', half)).toMatchObject({
      // The same answers as the released round (and A2 and Vantaa hold only p3's): already public.
      p3: published(0.6, 5),
      A2: published(0.6, 5),
      Vantaa: published(0.6, 5),
      p5: figure(SUPPRESSED as Record<string, unknown>),
      B1: figure(SUPPRESSED as Record<string, unknown>),
      Kerava: figure(SUPPRESSED as Record<string, unknown>),
      // Without the round's release the region (5 of 7) could be published; with Vantaa public,
      // the region minus Vantaa would give Kerava's two children away.
      '04': figure(SUPPRESSED as Record<string, unknown>),
      national: figure(SUPPRESSED as Record<string, unknown>),
      p1: figure(NO_ANSWERS),
    });
    expect(Object.keys(await indicatorsOf(`level=national&period=${half}`))).toEqual(['instant-positive', 'child-heard', 'child-feels-good']);
    expect(Object.keys(await indicatorsOf(`level=national&period=${year}`))).not.toContain('child-heard');
  });

  it('gives suppressed cells no value and no interval, and says so; n is participation and exact', async () => {
    const at = await indicatorsOf(`level=meeting-place&code=${slugs.p2}&period=${year}`);
    expect(at['felt-welcome']).toMatchObject({ ...SUPPRESSED, n: 4, previous: null, change: null });
    // Released on the first read after it was due, and frozen: the same release every time.
    expect(String(at['felt-welcome'].releasedAt)).toMatch(/^2027-01-16T/);
    expect(at['network-collaboration']).toMatchObject(NO_ANSWERS);
  });

  it('finds a place by its id as well as its slug', async () => {
    const place = await get(`/api/meeting-places/${slugs.p3}`).expect(200);
    const res = await get(`/api/indicators?level=meeting-place&code=${place.body.id}&period=${year}`).expect(200);
    expect(res.body).toMatchObject({ level: 'meeting-place', code: slugs.p3, parent: { level: 'service-area', code: areas.A2 } });
  });

  describe('comparison', () => {
    it('lists the places of a region with the same figures as asked one by one', async () => {
      const res = await get(`/api/indicators/comparison?level=region&code=04&period=${year}&childLevel=meeting-place`).expect(200);
      expect(res.body).toMatchObject({ level: 'region', code: '04', period: year, childLevel: 'meeting-place' });
      expect(res.body.indicators.map((i: { key: string }) => i.key)).toContain('felt-welcome');
      expect(res.body.total.indicators.find((i: { key: string }) => i.key === 'felt-welcome')).toMatchObject(published(0.6296, 27));
      const rows = Object.fromEntries(
        res.body.areas.map((a: { code: string; indicators: { key: string }[] }) => [a.code, figure(a.indicators.find((i) => i.key === 'felt-welcome')!)]),
      );
      expect(rows).toEqual({
        [slugs.p1]: figure(SUPPRESSED as Record<string, unknown>),
        [slugs.p2]: figure(SUPPRESSED as Record<string, unknown>),
        [slugs.p3]: published(0.8, 5),
        [slugs.p4]: published(0.7143, 7),
        [slugs.p5]: published(0.4, 5),
      });
    });

    it('compares regions nationally, leaving out regions without places', async () => {
      const res = await get(`/api/indicators/comparison?level=national&period=${year}&childLevel=region`).expect(200);
      expect(res.body.areas.map((a: { code: string }) => a.code)).toEqual(['04', '08']);
      expect(res.body.total.code).toBeNull();
    });

    it('compares half-years with the half-year indicators only', async () => {
      const res = await get(`/api/indicators/comparison?level=region&code=04&period=${half}&childLevel=municipality`).expect(200);
      expect(res.body.indicators.map((i: { key: string }) => i.key)).toEqual(['instant-positive', 'child-heard', 'child-feels-good']);
      expect(res.body.areas.map((a: { code: string }) => a.code)).toEqual(['092', '245']);
    });
  });

  describe('series', () => {
    it('gives one point per year with answers', async () => {
      const res = await get(`/api/indicators/series?level=service-area&code=${areas.A1}&indicator=felt-welcome`).expect(200);
      expect(res.body).toMatchObject({ level: 'service-area', code: areas.A1, granularity: 'year', indicator: { key: 'felt-welcome', unit: 'share' } });
      expect(res.body.points).toMatchObject([{ period: year, key: 'felt-welcome', ...published(0.6, 10), ci95: [0.3127, 0.8318] }]);
    });

    it('gives half-years for child-heard, and withholds what the period withholds', async () => {
      const res = await get(`/api/indicators/series?level=meeting-place&code=${slugs.p3}&indicator=child-heard`).expect(200);
      expect(res.body.granularity).toBe('half-year');
      expect(res.body.points).toMatchObject([{ period: half, key: 'child-heard', ...published(0.6, 5) }]);
      const kerava = await get(`/api/indicators/series?level=meeting-place&code=${slugs.p5}&indicator=child-heard`).expect(200);
      expect(kerava.body.points).toMatchObject([{ period: half, key: 'child-heard', ...SUPPRESSED, n: 2 }]);
    });

    it('is empty without any answers', async () => {
      const res = await get('/api/indicators/series?level=national&indicator=felt-welcome').expect(200);
      expect(res.body.points.map((p: { period: string }) => p.period)).toEqual([year]);
      const none = await get('/api/indicators/series?level=national&indicator=would-recommend').expect(200);
      expect(none.body.points).toEqual([]);
    });
  });

  describe('bad requests', () => {
    const fieldsOf = async (url: string) => {
      const res = await get(url).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: '/problems/validation', status: 400 });
      return (res.body.errors as { field: string; message: string }[]).map((e) => e.field);
    };

    it.each([
      ['/api/indicators?level=planet&period=2026', ['level']],
      ['/api/indicators?level=region&period=2026', ['code']],
      ['/api/indicators?level=region&code=4&period=2026', ['code']],
      ['/api/indicators?level=municipality&code=92&period=2026', ['code']],
      ['/api/indicators?level=national&code=04&period=2026', ['code']],
      ['/api/indicators?level=region&code=04', ['period']],
      ['/api/indicators?level=region&code=04&period=2026-H3', ['period']],
      ['/api/indicators?level=region&code=04&period=26', ['period']],
      ['/api/indicators?level=region&code=04&period=2026&colour=red', ['colour']],
      ['/api/indicators/comparison?level=municipality&code=092&period=2026&childLevel=region', ['childLevel']],
      ['/api/indicators/comparison?level=region&code=04&period=2026', ['childLevel']],
      ['/api/indicators/series?level=national&indicator=happiness', ['indicator']],
      ['/api/indicators/series?level=national&indicator=felt-welcome&granularity=half-year', ['granularity']],
      ['/api/indicators/series?level=national&indicator=felt-welcome&granularity=week', ['granularity']],
    ])('%s → 400 naming %j', async (url, fields) => {
      expect(await fieldsOf(url)).toEqual(fields);
    });

    it.each([
      '/api/indicators?level=region&code=99&period=2026',
      '/api/indicators?level=municipality&code=999&period=2026',
      '/api/indicators?level=service-area&code=no-such-area&period=2026',
      '/api/indicators?level=meeting-place&code=no-such-place&period=2026',
      '/api/indicators/series?level=meeting-place&code=no-such-place&indicator=felt-welcome',
      '/api/indicators/comparison?level=region&code=99&period=2026&childLevel=meeting-place',
    ])('%s → 404', async (url) => {
      const res = await get(url).expect(404);
      expect(res.body).toMatchObject({ type: '/problems/area-not-found', status: 404 });
    });

    it('needs a login', async () => {
      await request(t.http).get(`/api/indicators?level=national&period=${year}`).expect(401);
      await request(t.http).get('/api/indicators/series?level=national&indicator=felt-welcome').expect(401);
      await request(t.http).get(`/api/indicators/comparison?level=national&period=${year}&childLevel=region`).expect(401);
    });
  });

  // Last: it adds answers to last year.
  describe('earlier periods', () => {
    it('compares with the previous year; forms imported into a released year give a revision once they have settled', async () => {
      const before = await indicatorsOf(`level=meeting-place&code=${slugs.p3}&period=${year}`);
      expect(before['felt-welcome']).toMatchObject({ previous: null, change: null });

      const lastYear = now.year - 1;
      const place = await get(`/api/meeting-places/${slugs.p3}`).expect(200);
      // Through ResponsesService.store, as a paper import writes them: received now, filled in last October.
      const responses = t.app.get(ResponsesService);
      for (const answer of [5, 5, 1, 1, 1]) {
        const id = randomUUID();
        const response = {
          id,
          clientResponseId: randomUUID(),
          requestHash: 'imported',
          surveyKey: 'visitor-survey',
          surveyVersion: 1,
          meetingPlaceId: place.body.id,
          locale: 'fi',
          receivedAt: t.clock.now(),
          answeredAt: new Date(Date.UTC(lastYear, 9, 15, 10)),
          periodYear: lastYear,
          periodHalf: 2,
          answers: JSON.stringify({ felt_welcome: answer }),
        };
        const answerRow = {
          responseId: id,
          surveyKey: 'visitor-survey',
          surveyVersion: 1,
          questionName: 'felt_welcome',
          meetingPlaceId: place.body.id,
          periodYear: lastYear,
          periodHalf: 2,
          valueNumber: answer,
          valueText: null,
        };
        await t.dataSource.transaction((manager) => responses.storeMany(manager, [{ response, answers: [answerRow] } as ResponseRecords]));
      }
      // A write may still be committing for a moment: a release covers what arrived a minute before it.
      t.clock.advanceMinutes(2);

      const after = await indicatorsOf(`level=meeting-place&code=${slugs.p3}&period=${year}`);
      expect(after['felt-welcome']).toMatchObject({
        ...published(0.8, 5),
        previous: { period: String(lastYear), value: 0.4, n: 5, suppressed: false, status: 'published' },
        // 4 of 5 against 2 of 5: forty points, and still no clear change (Newcombe's interval by hand).
        change: { value: 0.4, ci95: [-0.1626, 0.7264], clear: false, comparable: true },
      });
      const series = await get(`/api/indicators/series?level=service-area&code=${areas.A2}&indicator=felt-welcome`).expect(200);
      expect(series.body.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual([
        [String(lastYear), 0.4],
        [year, 0.8],
      ]);
    });
  });
});
