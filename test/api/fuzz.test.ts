import request from 'supertest';
import { SeededRandom } from '../../reports/seeded-random';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody } from '../factories/response.factory';
import { startTestApp, TestApp } from '../support/test-app';

// At least 10,000 malformed requests against every public endpoint: never a 5xx, nothing
// stored, and the server still answers afterwards. Seeded, so a failure can be replayed.
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
jest.setTimeout(300_000);

type Mutation = (body: Record<string, unknown>, r: SeededRandom) => { raw: string | Buffer; contentType?: string; expect: number[] };

const weirdValues = (r: SeededRandom): unknown[] => [
  null,
  true,
  -1,
  1.5,
  1e308,
  '',
  'x'.repeat(r.int(1, 3000)),
  [],
  {},
  [1, [2, [3]]],
  { a: { b: { c: 1 } } },
  '\u0000',
  '\ud800',
  '<script>alert(1)</script>',
  "'; DROP TABLE response; --",
];

const json = (body: unknown) => ({ raw: JSON.stringify(body) });

const MUTATIONS: Mutation[] = [
  // A top-level field of the wrong type or value.
  (body, r) => {
    const field = r.pick(['surveyKey', 'surveyVersion', 'meetingPlace', 'clientResponseId', 'locale', 'answers']);
    const value = r.pick(weirdValues(r).filter((v) => !(field === 'answers' && v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0)));
    return { ...json({ ...body, [field]: value }), expect: [400, 404, 413] };
  },
  // A required field missing.
  (body, r) => {
    const copy = { ...body };
    delete copy[r.pick(Object.keys(copy))];
    return { ...json(copy), expect: [400] };
  },
  // Unknown top-level fields, including prototype keys.
  (body, r) => {
    const key = r.pick(['extra', '__proto__', 'constructor', 'prototype', 'id', 'receivedAt', 'ip']);
    return { raw: JSON.stringify(body).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(r.pick(weirdValues(r)))},`), expect: [400] };
  },
  // Answers that no question takes.
  (body, r) => {
    const answers = { ...(body.answers as object), [r.pick(['mood', 'unknown_item', '__proto__', 'constructor', 'felt_welcome'])]: r.pick([0, 4, 99, 'happy', [3], { $gt: 0 }, -3]) };
    return { raw: JSON.stringify({ ...body, answers }).replace('"answers":{', `"answers":{${r.chance(0.3) ? '"__proto__":{"x":1},' : ''}`), expect: [400] };
  },
  // Deep nesting.
  (body, r) => {
    const depth = r.int(17, 3000);
    return { raw: JSON.stringify({ ...body, answers: { mood: 3 } }).replace('"mood":3', `"mood":${'['.repeat(depth)}${']'.repeat(depth)}`), expect: [400] };
  },
  // Broken JSON.
  (body, r) => {
    const text = JSON.stringify(body);
    return { raw: text.slice(0, r.int(0, text.length - 1)) + r.pick(['', '}', ',', '"', '\\', 'undefined']), expect: [400] };
  },
  // Invalid UTF-8 inside a string that must be a code.
  (body) => {
    const text = JSON.stringify({ ...body, surveyKey: 'SURVEYKEY' });
    const [before, after] = text.split('SURVEYKEY');
    return { raw: Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(after)]), expect: [400] };
  },
  // Another media type, or a JSON body too large.
  (body, r) =>
    r.chance(0.5)
      ? { raw: JSON.stringify(body), contentType: r.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']), expect: [415] }
      : { raw: JSON.stringify({ ...body, answers: { mood: 3, reason: 'x'.repeat(70_000) } }), expect: [413] },
];

const GET_PATHS = (r: SeededRandom): string[] => {
  const junk = () => encodeURIComponent(r.pick(['..', '%00', 'a'.repeat(r.int(1, 500)), '<x>', "' OR 1=1 --", '__proto__', '\ud83d\ude00', '-1', '1e9999', 'null']));
  return [
    `/api/meeting-places/${junk()}`,
    `/api/meeting-places?region=${junk()}`,
    `/api/meeting-places?region=04&region=05`,
    `/api/meeting-places?${junk()}=1`,
    `/api/surveys/${junk()}/versions/${junk()}`,
    `/api/surveys/visitor-survey/versions/${junk()}`,
    `/api/regions?${junk()}=${junk()}`,
    `/api/health?x=${junk()}`,
  ];
};

describe('fuzzing the public endpoints', () => {
  let t: TestApp;
  let slug: string;
  beforeAll(async () => {
    t = await startTestApp();
    slug = (await createMeetingPlace(t.dataSource)).slug;
  });
  afterAll(() => t.close());

  const storedCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM response'))[0].n);

  it(`answers ${REQUESTS} malformed requests without a 5xx and stores nothing`, async () => {
    const random = new SeededRandom(9457);
    const before = await storedCount();
    const statuses = new Map<number, number>();
    const unexpected: string[] = [];
    const agent = request.agent(t.http);

    for (let i = 0; i < REQUESTS; i++) {
      if (i % 5 === 4) {
        const path = random.pick(GET_PATHS(random));
        const res = await agent.get(path);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) unexpected.push(`GET ${path} → ${res.status}`);
        continue;
      }
      const body = instantFeedbackBody(slug, 3) as unknown as Record<string, unknown>;
      const mutation = random.int(0, MUTATIONS.length - 1);
      const { raw, contentType, expect: allowed } = MUTATIONS[mutation](body, random);
      const res = await agent.post('/api/responses').set('Content-Type', contentType ?? 'application/json').send(raw);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (!allowed.includes(res.status) || !String(res.headers['content-type']).startsWith('application/problem+json')) {
        unexpected.push(`mutation ${mutation}: ${String(raw).slice(0, 120)} → ${res.status}`);
      }
    }
    expect(unexpected.slice(0, 10)).toEqual([]);
    expect(await storedCount()).toBe(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    await request(t.http).get('/api/health').expect(200);
    await request(t.http).post('/api/responses').send(instantFeedbackBody(slug, 2)).expect(201);
    // Only client errors (and the GET successes): no 5xx anywhere.
    expect([...statuses.keys()].every((status) => status >= 200 && status < 500)).toBe(true);
  });
});
