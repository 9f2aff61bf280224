import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody, visitorSurveyBody } from '../factories/response.factory';
import { startTestApp, TestApp } from '../support/test-app';
import { TransactionRunner } from '../../api/src/database/transaction-runner';

describe('POST /api/responses', () => {
  let t: TestApp;
  let slug: string;
  let placeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const place = await createMeetingPlace(t.dataSource);
    slug = place.slug;
    placeId = place.id;
  });
  afterAll(() => t.close());

  const countResponses = async (clientResponseId: string) => {
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM response WHERE client_response_id = $1'.replace('$1', t.database.engine === 'postgres' ? '$1' : '?'), [clientResponseId]);
    return Number(n);
  };
  const param = (i: number) => (t.database.engine === 'postgres' ? `$${i}` : '?');

  it('stores a valid response and answers 201 with its id and time', async () => {
    const body = visitorSurveyBody(slug);
    const before = Date.now();
    const res = await request(t.http).post('/api/responses').send(body).expect(201);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), receivedAt: expect.any(String) });
    expect(new Date(res.body.receivedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const [stored] = await t.dataSource.query(
      `SELECT survey_key, survey_version, meeting_place_id, locale, answers FROM response WHERE id = ${param(1)}`,
      [res.body.id],
    );
    expect({ ...stored, survey_version: Number(stored.survey_version), answers: JSON.parse(stored.answers) }).toEqual({
      survey_key: 'visitor-survey',
      survey_version: 2,
      meeting_place_id: placeId,
      locale: 'fi',
      answers: body.answers,
    });
    const rows: { question_name: string; value_number: number | null; value_text: string | null }[] = await t.dataSource.query(
      `SELECT question_name, value_number, value_text FROM response_answer WHERE response_id = ${param(1)} ORDER BY id`,
      [res.body.id],
    );
    expect(rows.map((r) => [r.question_name, r.value_number === null ? null : Number(r.value_number), r.value_text])).toEqual([
      ['felt_welcome', 5, null],
      ['peer_support', 4, null],
      ['loneliness', 2, null],
      ['everyday_easier', 4, null],
      ['children_age_bands', null, '0-2'],
      ['children_age_bands', null, '3-6'],
      ['feedback_free_text', null, 'Kiitos!'],
    ]);
  });

  it('stores nothing that could identify the respondent: no IP, user agent or cookie columns', async () => {
    const columns: string[] =
      t.database.engine === 'postgres'
        ? (await t.dataSource.query("SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'response'")).map(
            (c: { name: string }) => c.name,
          )
        : (await t.dataSource.query("PRAGMA table_info('response')")).map((c: { name: string }) => c.name);
    // answered_at is the device's time of finishing (for rounds and periods), like received_at;
    // kiosk_id is the tablet by the door that sent it (a device, not a person; null for phones).
    // export_* hold the response's own cells of responses.csv, formatted (export-text.ts).
    expect(columns.sort()).toEqual([
      'answered_at',
      'answers',
      'client_response_id',
      'export_excel_fi',
      'export_key',
      'export_rfc4180',
      'id',
      'kiosk_id',
      'locale',
      'meeting_place_id',
      'period_half',
      'period_year',
      'received_at',
      'request_hash',
      'survey_key',
      'survey_version',
    ]);
    const res = await request(t.http)
      .post('/api/responses')
      .set('User-Agent', 'UniqueAgent/1.0')
      .set('Cookie', 'tracking=abc123')
      .send(visitorSurveyBody(slug))
      .expect(201);
    expect(res.headers['set-cookie']).toBeUndefined();
    const [row] = await t.dataSource.query(`SELECT * FROM response WHERE id = ${param(1)}`, [res.body.id]);
    expect(JSON.stringify(row)).not.toMatch(/UniqueAgent|abc123|127\.0\.0\.1|::1/);
  });

  it('accepts the place by id as well as by slug, and the current version of a short instrument', async () => {
    await request(t.http).post('/api/responses').send(instantFeedbackBody(placeId, 3, { locale: 'ar' })).expect(201);
  });

  it('answers a replay of the same body with 200 and the same id, storing nothing twice', async () => {
    const body = visitorSurveyBody(slug);
    const first = await request(t.http).post('/api/responses').send(body).expect(201);
    const again = await request(t.http).post('/api/responses').send(body).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await countResponses(body.clientResponseId)).toBe(1);
  });

  it('treats a replay with the same answers in another key order as the same body', async () => {
    const body = visitorSurveyBody(slug);
    await request(t.http).post('/api/responses').send(body).expect(201);
    const reordered = { ...body, answers: Object.fromEntries(Object.entries(body.answers).reverse()) };
    await request(t.http).post('/api/responses').send(reordered).expect(200);
  });

  it('answers 409 when the clientResponseId was used for a different body, keeping the first', async () => {
    const body = visitorSurveyBody(slug);
    const first = await request(t.http).post('/api/responses').send(body).expect(201);
    const res = await request(t.http)
      .post('/api/responses')
      .send({ ...body, answers: { ...body.answers, felt_welcome: 1 } })
      .expect(409);
    expect(res.body.type).toBe('/problems/client-response-id-conflict');
    const [stored] = await t.dataSource.query(`SELECT answers FROM response WHERE id = ${param(1)}`, [first.body.id]);
    expect(JSON.parse(stored.answers).felt_welcome).toBe(5);
  });

  it('stores one response when the same body arrives many times at once', async () => {
    const body = visitorSurveyBody(slug);
    const results = await Promise.all(Array.from({ length: 8 }, () => request(t.http).post('/api/responses').send(body)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await countResponses(body.clientResponseId)).toBe(1);
  });

  it('stores every one of many concurrent responses, and fails a conflicting one alone', async () => {
    // On SQLite these share group commits: the loser of the conflict fails in its savepoint.
    const bodies = Array.from({ length: 12 }, () => visitorSurveyBody(slug));
    const contested = instantFeedbackBody(slug, 3);
    const rival = { ...contested, answers: { mood: 1 } };
    const results = await Promise.all([...bodies, contested, rival].map((b) => request(t.http).post('/api/responses').send(b)));
    expect(results.slice(0, 12).map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(results.slice(12).map((r) => r.status).sort()).toEqual([201, 409]);
    for (const body of [...bodies, contested]) expect(await countResponses(body.clientResponseId)).toBe(1);
    const ids = results.slice(0, 12).map((r) => r.body.id as string);
    const [{ n }] = await t.dataSource.query(
      `SELECT COUNT(DISTINCT response_id) AS n FROM response_answer WHERE response_id IN (${ids.map((_, i) => param(i + 1)).join(', ')})`,
      ids,
    );
    expect(Number(n)).toBe(12);
  });

  it('commits twenty waiting submissions as one group: the invalid, the duplicate and the conflicting one fail alone', async () => {
    // On SQLite the write queue is held shut until every submission has reached it, so all of
    // them wait for one group; then the duplicate and the conflicting body each fail in their own
    // savepoint inside that group. On PostgreSQL (parallel transactions) the outcome is the same.
    const runner = t.app.get(TransactionRunner);
    const grouped = runner.runGrouped.bind(runner);
    const groupSizes: number[] = [];
    type Group = { members: unknown[] };
    const commitGroup = (runner as unknown as { commitGroup: (group: Group) => Promise<void> }).commitGroup.bind(runner);
    let waiting = 0;
    let failedInGroup = 0;
    const spies = [
      jest.spyOn(runner, 'runGrouped').mockImplementation((item, write) => {
        waiting++;
        return grouped(item, write).catch((error: unknown) => {
          failedInGroup++;
          throw error;
        });
      }),
      jest.spyOn(runner as unknown as { commitGroup: (group: Group) => Promise<void> }, 'commitGroup').mockImplementation((group) => {
        groupSizes.push(group.members.length);
        return commitGroup(group);
      }),
    ];
    let open!: () => void;
    const sqlite = t.database.engine !== 'postgres';
    const held = sqlite ? runner.run(() => new Promise<void>((resolve) => (open = resolve))) : Promise.resolve();
    try {
      const valid = Array.from({ length: 17 }, () => visitorSurveyBody(slug));
      const invalid = visitorSurveyBody(slug, { answers: { felt_welcome: 9 } });
      const duplicate = { ...valid[0] };
      const conflicting = { ...valid[1], answers: { ...valid[1].answers, felt_welcome: 1 } };
      const sent = [...valid, invalid, duplicate, conflicting].map((body) => request(t.http).post('/api/responses').send(body).then((res) => res));
      if (sqlite) {
        for (let i = 0; waiting < 19 && i < 500; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(waiting).toBe(19);
        open();
      }
      const results = await Promise.all(sent);
      await held;
      const statuses = results.map((r) => r.status);
      expect(statuses.slice(2, 17)).toEqual(Array(15).fill(201));
      expect(statuses[17]).toBe(400);
      expect([statuses[0], statuses[18]].sort()).toEqual([200, 201]);
      expect(results[18].body.id).toBe(results[0].body.id);
      expect([statuses[1], statuses[19]].sort()).toEqual([201, 409]);
      for (const body of valid) expect(await countResponses(body.clientResponseId)).toBe(1);
      expect(await countResponses(invalid.clientResponseId)).toBe(0);
      // Every stored response has all of its answer rows, and the failed members left none.
      const ids = [...new Set(results.filter((r) => r.status === 201).map((r) => r.body.id as string))];
      expect(ids).toHaveLength(17);
      const [{ n }] = await t.dataSource.query(
        `SELECT COUNT(*) AS n FROM response_answer WHERE response_id IN (${ids.map((_, i) => param(i + 1)).join(', ')})`,
        ids,
      );
      expect(Number(n)).toBe(17 * 7);
      if (sqlite) {
        expect(groupSizes).toEqual([19]);
        expect(failedInGroup).toBe(2);
      }
    } finally {
      open?.();
      for (const spy of spies) spy.mockRestore();
    }
  });

  describe('validation against the exact survey version', () => {
    const expectProblem = async (body: object, status: number, errors?: { field: string; message: string; code: string }[]) => {
      const res = await request(t.http).post('/api/responses').send(body).expect(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
      if (errors) expect(res.body.errors).toEqual(errors);
      const id = (body as { clientResponseId?: string }).clientResponseId;
      if (id && typeof id === 'string') expect(await countResponses(id)).toBe(0);
      return res.body;
    };

    it('rejects a missing required answer', async () => {
      await expectProblem(instantFeedbackBody(slug, 3, { answers: { respondent: 'child' } }), 400, [
        { field: 'answers.mood', message: 'Response required.', code: 'required' },
      ]);
    });

    it('rejects a value outside the scale or the choices', async () => {
      await expectProblem(instantFeedbackBody(slug, 3, { answers: { mood: 4 } }), 400, [
        { field: 'answers.mood', message: 'The answer must be one of 1, 2, 3.', code: 'not-a-choice' },
      ]);
      await expectProblem(visitorSurveyBody(slug, { answers: { felt_welcome: 0, visit_frequency: 'daily' } }), 400, [
        { field: 'answers.felt_welcome', message: 'The answer must be one of 1, 2, 3, 4, 5.', code: 'not-a-choice' },
        {
          field: 'answers.visit_frequency',
          message: 'The answer must be one of "first-visit", "less-than-monthly", "monthly", "weekly", "several-weekly".',
          code: 'not-a-choice',
        },
      ]);
    });

    it('rejects a response that answers nothing (only skips)', async () => {
      const noAnswer = [{ field: 'answers', message: 'Answer at least one question.', code: 'no-answers' }];
      const problem = await expectProblem(visitorSurveyBody(slug, { answers: {} }), 400, noAnswer);
      expect(problem).toMatchObject({ type: '/problems/validation', detail: 'The response has no answers.' });
      await expectProblem(visitorSurveyBody(slug, { answers: { felt_welcome: null, feedback_free_text: '' } }), 400, noAnswer);
      await request(t.http).post('/api/responses').send(visitorSurveyBody(slug, { answers: { felt_welcome: 3 } })).expect(201);
    });

    it('rejects an answer to a question that does not exist in that version', async () => {
      // would_recommend was added in visitor-survey v2: v1 does not have it.
      await expectProblem(visitorSurveyBody(slug, { surveyVersion: 1, answers: { felt_welcome: 4, would_recommend: 5 } }), 400, [
        { field: 'answers.would_recommend', message: 'There is no question named "would_recommend" in this survey version.', code: 'unknown-question' },
      ]);
      await request(t.http)
        .post('/api/responses')
        .send(visitorSurveyBody(slug, { answers: { felt_welcome: 4, would_recommend: 5 } }))
        .expect(201);
    });

    it('rejects a language the survey does not have', async () => {
      await expectProblem(visitorSurveyBody(slug, { locale: 'ar' }), 400, [
        { field: 'locale', message: 'This survey is available in fi, sv, en.', code: 'locale-unavailable' },
      ]);
    });

    it.each([
      ['an unknown survey', { surveyKey: 'no-such-survey' }, 404, '/problems/survey-not-found'],
      ['an unknown version', { surveyVersion: 99 }, 404, '/problems/survey-not-found'],
      ['an unknown meeting place', { meetingPlace: 'nowhere' }, 404, '/problems/meeting-place-not-found'],
    ])('answers %s with %i', async (_, overrides, status, type) => {
      const problem = await expectProblem(visitorSurveyBody(slug, overrides), status);
      expect(problem.type).toBe(type);
    });

    it('rejects a place that no longer collects answers', async () => {
      const closed = await createMeetingPlace(t.dataSource, { active: false });
      await expectProblem(visitorSurveyBody(closed.slug), 400, [
        { field: 'meetingPlace', message: 'This meeting place no longer collects answers.', code: 'place-inactive' },
      ]);
    });

    it.each([
      ['clientResponseId', { clientResponseId: 'not-a-uuid' }, 'clientResponseId must be a UUID', 'is-uuid'],
      ['surveyVersion', { surveyVersion: '2' }, 'surveyVersion must be a whole number', 'is-int'],
      ['locale', { locale: 'Finnish!' }, 'locale must be a language code such as fi, sv or ar', 'matches'],
      ['answers', { answers: [5, 4] }, 'answers must be an object of question name → value', 'is-object'],
      ['extra', { extra: true }, 'property extra should not exist', 'whitelist-validation'],
    ])('rejects a malformed %s with a field error and a stable code', async (field, overrides, message, code) => {
      const body = await expectProblem(visitorSurveyBody(slug, overrides), 400);
      expect(body.errors).toContainEqual({ field, message, code });
    });

    it('rejects prototype-polluting keys', async () => {
      const raw = JSON.stringify(visitorSurveyBody(slug)).replace('"answers":{', '"answers":{"__proto__":{"x":1},');
      const res = await request(t.http).post('/api/responses').set('Content-Type', 'application/json').send(raw).expect(400);
      expect(res.body.errors).toEqual([{ field: 'answers.__proto__', message: '"__proto__" is not allowed as a field name.', code: 'invalid' }]);
    });

    it('refuses NUL characters in the body and the address (PostgreSQL text cannot hold them)', async () => {
      const res = await request(t.http).post('/api/responses').send(visitorSurveyBody('\u0000')).expect(400);
      expect(res.body.errors).toEqual([{ field: 'meetingPlace', message: 'Text must not contain NUL characters.', code: 'invalid' }]);
      await request(t.http)
        .post('/api/responses')
        .send(visitorSurveyBody(slug, { answers: { felt_welcome: 4, feedback_free_text: 'a\u0000b' } }))
        .expect(400);
      const path = await request(t.http).get('/api/meeting-places/a%00b').expect(400);
      expect(path.body.errors).toEqual([{ field: 'url', message: 'The address must not contain NUL characters.', code: 'invalid' }]);
    });

    it('answers 400 for a body that is not JSON, and 415 for another media type', async () => {
      const bad = await request(t.http).post('/api/responses').set('Content-Type', 'application/json').send('{"surveyKey":').expect(400);
      expect(bad.body.detail).toBe('The request body is not valid JSON.');
      const form = await request(t.http).post('/api/responses').type('form').send('surveyKey=visitor-survey').expect(415);
      expect(form.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers 413 for a body over 64 KiB and stores nothing', async () => {
      const body = visitorSurveyBody(slug, { answers: { felt_welcome: 4, feedback_free_text: 'x'.repeat(70 * 1024) } });
      const res = await request(t.http).post('/api/responses').send(body).expect(413);
      expect(res.body).toMatchObject({ status: 413, title: 'Content Too Large' });
      expect(await countResponses(body.clientResponseId)).toBe(0);
    });

    it('never answers a 5xx for hostile input', async () => {
      const hostile = [
        '[]',
        'null',
        '"text"',
        '{"answers":{"felt_welcome":' + '['.repeat(5000) + ']'.repeat(5000) + '}}',
        JSON.stringify(visitorSurveyBody(slug)).replace('"felt_welcome":5', '"felt_welcome":1e999'),
        JSON.stringify(visitorSurveyBody(slug, { meetingPlace: 'x'.repeat(65) })),
        JSON.stringify({ ...visitorSurveyBody(slug), constructor: { prototype: { polluted: true } } }),
      ];
      for (const raw of hostile) {
        const res = await request(t.http).post('/api/responses').set('Content-Type', 'application/json').send(raw);
        expect([raw.slice(0, 40), res.status]).toEqual([raw.slice(0, 40), expect.any(Number)]);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('gives a fresh id to an uppercase-spelled clientResponseId replay', async () => {
    const id = randomUUID();
    const first = await request(t.http).post('/api/responses').send(visitorSurveyBody(slug, { clientResponseId: id })).expect(201);
    const body = visitorSurveyBody(slug, { clientResponseId: id.toUpperCase() });
    // Same id in other letter case, different answers object identity but the same content.
    const again = await request(t.http).post('/api/responses').send({ ...body, answers: visitorSurveyBody(slug).answers }).expect(200);
    expect(again.body.id).toBe(first.body.id);
  });
});
