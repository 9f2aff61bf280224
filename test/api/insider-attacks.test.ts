import request from 'supertest';
import { createApp } from '../../api/src/app.factory';
import { Clock } from '../../api/src/common/clock';
import { unkeyedPaperResponseId } from '../../api/src/common/server-secret';
import { loadConfig } from '../../api/src/config/app-config';
import { DataSource } from 'typeorm';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody, visitorSurveyBody } from '../factories/response.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

/**
 * The red-team review of issue 13, one attack per finding, each performed as it was found and
 * now expected to get nothing. Region 04 is Vantaa–Kerava, region 08 Pirkanmaa (Tampere 837).
 */
jest.setTimeout(60_000);

/** Paper forms are dated last year, so that they lie in the past whatever today is. */
const LAST_YEAR = EARLY_DECEMBER_2026.getUTCFullYear() - 1;

describe('attacks by insiders', () => {
  let t: TestApp;
  let analyst04: TestSession;
  let admin: TestSession;
  // A fixed today: the answers of this year are read back as this year's, whatever the real date.
  const year = String(EARLY_DECEMBER_2026.getUTCFullYear());
  const auditOf = async (action: string) =>
    (await as(admin, request(t.http).get(`/api/audit-log?action=${action}&pageSize=100`)).expect(200)).body.items as {
      actor: { email: string } | null;
      target: { type: string; id: string } | null;
      details: Record<string, unknown> | null;
    }[];

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    const analyst = await createUser(t, 'region-analyst', { regions: ['04'] });
    const adminUser = await createUser(t, 'admin');
    analyst04 = await logIn(t, analyst.email, analyst.password);
    admin = await logIn(t, adminUser.email, adminUser.password);
  });
  afterAll(() => t.close());

  describe('the registry import cannot move a place out of another region', () => {
    it('refuses a row that carries region 08’s Hervanta into region 04, and leaves the place where it was', async () => {
      const hervanta = await createMeetingPlace(t.dataSource, { slug: 'attack-hervanta', municipalityCode: '837' });
      const coordinator = await createUser(t, 'coordinator', { meetingPlaces: [hervanta] });
      const file = 'record_type,code,name_fi,municipality_code,active\r\nmeeting-place,attack-hervanta,Hervanta,092,true\r\n';
      for (const mode of ['preview', 'apply']) {
        const res = await as(analyst04, request(t.http).post(`/api/imports/registry?mode=${mode}`)).set('Content-Type', 'text/csv').send(file);
        expect(res.status).toBe(mode === 'preview' ? 200 : 400);
        if (mode === 'preview') {
          expect(res.body.rows).toEqual([
            { line: 2, key: 'meeting-place attack-hervanta', action: 'error', errors: [{ line: 2, field: 'code', message: expect.stringMatching(/region 08/) }] },
          ]);
        }
      }
      const [row] = await t.dataSource.query(`SELECT municipality_code AS m FROM meeting_place WHERE slug = 'attack-hervanta'`);
      expect(row.m).toBe('837');
      // So the analyst still cannot take over the region-08 coordinator's account.
      await as(analyst04, request(t.http).post(`/api/users/${coordinator.id}/temporary-password`)).expect(403);
    });

    it('audits every changed row with its target, beside the summary', async () => {
      await createMeetingPlace(t.dataSource, { slug: 'attack-tikkurila', municipalityCode: '092' });
      const file =
        'record_type,code,name_fi,municipality_code,address,active\r\n' +
        'meeting-place,attack-tikkurila,Tikkurilan kohtaamo,092,Asematie 1,true\r\n' +
        'meeting-place,attack-uusi,Uusi paikka,245,,true\r\n';
      await as(analyst04, request(t.http).post('/api/imports/registry?mode=apply')).set('Content-Type', 'text/csv').send(file).expect(200);
      const updated = (await auditOf('meeting-place.updated')).find((e) => e.target?.id === 'attack-tikkurila');
      expect(updated?.details).toEqual({ via: 'import.registry', changed: expect.arrayContaining(['nameFi', 'address']) });
      const created = (await auditOf('meeting-place.created')).find((e) => e.target?.id === 'attack-uusi');
      expect(created?.details).toEqual({ via: 'import.registry' });
    });
  });

  describe('row-level data is for admins and region analysts, without written answers', () => {
    let steeringNeighbour: TestSession;
    let coordinator: TestSession;

    beforeAll(async () => {
      const place = await createMeetingPlace(t.dataSource, { slug: 'attack-rows', municipalityCode: '092' });
      for (const text of ['Nimeni on Maija', 'Ohjaaja Pekka auttoi']) {
        await request(t.http).post('/api/responses').send(visitorSurveyBody('attack-rows', { answers: { felt_welcome: 4, feedback_free_text: text } })).expect(201);
      }
      const steering = await createUser(t, 'steering-group', { meetingPlaces: [place] });
      const coordinatorUser = await createUser(t, 'coordinator', { meetingPlaces: [place] });
      steeringNeighbour = await logIn(t, steering.email, steering.password);
      coordinator = await logIn(t, coordinatorUser.email, coordinatorUser.password);
    });

    it('gives the place’s steering group and coordinator no responses.csv, even of their own place', async () => {
      const path = `/api/exports/responses.csv?survey=visitor-survey&period=${year}&meetingPlace=attack-rows`;
      for (const session of [steeringNeighbour, coordinator]) {
        const res = await as(session, request(t.http).get(path)).expect(403);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('gives the analyst rows without any written-answer column, and audits the download', async () => {
      const res = await as(analyst04, request(t.http).get(`/api/exports/responses.csv?survey=visitor-survey&period=${year}&meetingPlace=attack-rows`)).expect(200);
      const [header, ...rows] = res.text.trim().split('\r\n');
      expect(rows).toHaveLength(2);
      expect(header.split(',')).not.toContain('feedback_free_text');
      expect(res.text).not.toMatch(/Maija|Pekka/);
      const entries = await auditOf('export.downloaded');
      expect(entries[0]).toMatchObject({ details: { export: 'responses.csv', survey: 'visitor-survey', meetingPlace: 'attack-rows' } });
      expect(entries[0].actor?.email).toMatch(/@/);
    });

    it('gives written answers to neither the steering group nor the region analyst', async () => {
      for (const session of [steeringNeighbour, analyst04]) {
        await as(session, request(t.http).get(`/api/meeting-places/attack-rows/free-text?period=${year}`)).expect(403);
      }
    });
  });

  describe('export tokens do not outlive their creator’s rights', () => {
    const pull = (token: string) =>
      request(t.http).get(`/api/exports/indicators.csv?level=region&period=${year}`).set('Authorization', `Bearer ${token}`);
    const makeToken = async () => {
      const user = await createUser(t, 'region-analyst', { regions: ['04'] });
      const session = await logIn(t, user.email, user.password);
      const created = await as(session, request(t.http).post('/api/export-tokens')).send({ name: 'BI', regionCode: '04' }).expect(201);
      await pull(created.body.token).expect(200);
      return { user, token: created.body.token as string, id: created.body.id as string };
    };

    it('stops a token when its creator is deactivated, and revokes it for good', async () => {
      const { user, token, id } = await makeToken();
      await as(admin, request(t.http).patch(`/api/users/${user.id}`)).send({ active: false }).expect(200);
      await pull(token).expect(401);
      await as(admin, request(t.http).patch(`/api/users/${user.id}`)).send({ active: true }).expect(200);
      await pull(token).expect(401);
      const revoked = (await auditOf('export-token.revoked')).find((e) => e.target?.id === id);
      expect(revoked?.details).toEqual({ reason: 'creator-deactivated' });
    });

    it('stops a token when its creator moves to another region or is demoted', async () => {
      const moved = await makeToken();
      await as(admin, request(t.http).patch(`/api/users/${moved.user.id}`)).send({ scope: { regions: ['08'] } }).expect(200);
      await pull(moved.token).expect(401);
      const demoted = await makeToken();
      const place = await createMeetingPlace(t.dataSource, { slug: 'attack-demoted', municipalityCode: '092' });
      await as(admin, request(t.http).patch(`/api/users/${demoted.user.id}`)).send({ role: 'steering-group', scope: { meetingPlaces: [place.slug] } }).expect(200);
      await pull(demoted.token).expect(401);
    });
  });

  it('sends Cache-Control: no-store on every answer that depends on the session', async () => {
    for (const path of ['/api/auth/me', '/api/users', '/api/audit-log']) {
      const res = await as(admin, request(t.http).get(path)).expect(200);
      expect([path, res.headers['cache-control']]).toEqual([path, 'no-store']);
    }
    expect((await request(t.http).get('/api/auth/me').expect(401)).headers['cache-control']).toBe('no-store');
    const user = await createUser(t, 'steering-group');
    const login = await request(t.http).post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
  });

  describe('free text across periods', () => {
    it('does not give away a withheld half-year as the year minus the other half', async () => {
      const last = LAST_YEAR;
      const place = await createMeetingPlace(t.dataSource, { slug: 'attack-periods', municipalityCode: '092' });
      const coordinatorUser = await createUser(t, 'coordinator', { meetingPlaces: [place] });
      const coordinator = await logIn(t, coordinatorUser.email, coordinatorUser.password);
      const header = 'paper_id,survey_version,meeting_place,locale,received_on,felt_welcome,peer_support,loneliness,everyday_easier,feedback_free_text';
      const form = (id: number, date: string, text: string) => `F-${id},2,attack-periods,fi,${date},4,4,2,4,${text}`;
      const rows = [
        ...[1, 2, 3, 4, 5, 6].map((i) => form(i, `${last}-03-0${i}`, `Kevät ${i}`)),
        form(7, `${last}-09-01`, 'Syksyn salaisuus A'),
        form(8, `${last}-09-02`, 'Syksyn salaisuus B'),
      ];
      await as(admin, request(t.http).post('/api/imports/responses?survey=visitor-survey&mode=apply'))
        .set('Content-Type', 'text/csv')
        .send([header, ...rows].join('\r\n') + '\r\n')
        .expect(200);
      const read = async (period: string) =>
        (await as(coordinator, request(t.http).get(`/api/meeting-places/attack-periods/free-text?period=${period}`)).expect(200)).body as {
          items: { text: string }[];
          withheld: { surveyKey: string }[];
        };
      const h1 = await read(`${last}-H1`);
      const h2 = await read(`${last}-H2`);
      const whole = await read(String(last));
      expect(h1.items.map((i) => i.text)).toEqual(['Kevät 1', 'Kevät 2', 'Kevät 3', 'Kevät 4', 'Kevät 5', 'Kevät 6']);
      expect(h2.items).toEqual([]);
      expect(whole.items).toEqual([]);
      expect(whole.withheld.map((w) => w.surveyKey)).toEqual(['visitor-survey']);
    });
  });

  describe('paper forms cannot be confirmed or blocked through the public endpoint', () => {
    const header = 'paper_id,survey_version,meeting_place,locale,received_on,mood';
    const file = (rows: string[]) => [header, ...rows].join('\r\n') + '\r\n';
    const importForms = (session: TestSession, rows: string[], mode = 'apply') =>
      as(session, request(t.http).post(`/api/imports/responses?survey=instant-feedback&mode=${mode}`)).set('Content-Type', 'text/csv').send(file(rows));
    const guess = (placeId: string, paperId: string, mood: number) => ({
      surveyKey: 'instant-feedback',
      surveyVersion: 1,
      meetingPlace: placeId,
      clientResponseId: unkeyedPaperResponseId('instant-feedback', placeId, paperId),
      locale: 'fi',
      answers: { mood },
    });

    it('answers a guess at form 17 like any new response, and lets form 18 be imported after a squatter', async () => {
      const place = await createMeetingPlace(t.dataSource, { slug: 'attack-paper', municipalityCode: '092' });
      await importForms(admin, [`17,1,attack-paper,fi,${LAST_YEAR}-03-02,3`]).expect(200);
      // The old attack: replay the form's answers under its computable id; 200 (not 409) confirmed them.
      // Now even the right guess is only a new response of the attacker's own.
      const [stored] = await t.dataSource.query(`SELECT id FROM response WHERE meeting_place_id = '${place.id}'`);
      const right = await request(t.http).post('/api/responses').send(guess(place.id, '17', 3)).expect(201);
      expect(right.body.id).not.toBe(stored.id);
      // Squatting form 18's old id no longer blocks its import.
      await request(t.http).post('/api/responses').send(guess(place.id, '18', 1)).expect(201);
      const imported = await importForms(admin, [`18,1,attack-paper,fi,${LAST_YEAR}-03-02,2`]).expect(200);
      expect(imported.body.summary).toEqual({ create: 1, update: 0, unchanged: 0, error: 0 });
    });
  });
});

describe('paper forms imported before the ids were keyed', () => {
  it('are moved off their guessable ids by the migration, and a re-import stores nothing twice', async () => {
    const database = await createTestDatabase();
    // Like startTestApp: the export-text refresh would write beside this test's own direct writes
    // (createUser) on SQLite's one connection, and the test's writes do not queue behind it.
    const config = loadConfig({ ...database.env, DEMO_DATA: 'false', LOG_LEVEL: 'error', EXPORT_TEXT_REFRESH: 'false' });
    const file = `paper_id,survey_version,meeting_place,locale,received_on,mood\r\nP-1,1,legacy-place,fi,${LAST_YEAR}-03-02,3\r\n`;
    const boot = async () => {
      const app = await createApp(config);
      const dataSource = app.get(DataSource);
      const adminUser = await createUser({ dataSource, clock: app.get(Clock) }, 'admin');
      const http = app.getHttpServer();
      const session = await logIn({ http } as TestApp, adminUser.email, adminUser.password);
      const importFile = () => as(session, request(http).post('/api/imports/responses?survey=instant-feedback&mode=apply')).set('Content-Type', 'text/csv').send(file);
      return { app, dataSource, http, importFile };
    };
    try {
      const before = await boot();
      const place = await createMeetingPlace(before.dataSource, { slug: 'legacy-place', municipalityCode: '092' });
      await before.importFile().expect(200);
      // What an import before this change stored: the unkeyed id, and no secret yet.
      const unkeyed = unkeyedPaperResponseId('instant-feedback', place.id, 'P-1');
      await before.dataSource.query(`UPDATE response SET client_response_id = '${unkeyed}' WHERE meeting_place_id = '${place.id}'`);
      // Back to the schema before the server secret: undo its migration and every one after it.
      for (;;) {
        const [last] = await before.dataSource.query('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1');
        await before.dataSource.undoLastMigration();
        if (last.name === 'ServerSecret1767226313000') break;
      }
      await before.app.close();

      const after = await boot();
      try {
        const [{ id }] = await after.dataSource.query(`SELECT client_response_id AS id FROM response WHERE meeting_place_id = '${place.id}'`);
        expect(id).not.toBe(unkeyed);
        await request(after.http).post('/api/responses').send({ ...instantFeedbackBody('legacy-place', 3), clientResponseId: unkeyed }).expect(201);
        const again = await after.importFile().expect(200);
        expect(again.body.summary).toEqual({ create: 0, update: 0, unchanged: 1, error: 0 });
      } finally {
        await after.app.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('the public answer endpoint has a per-address limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RESPONSE_RATE_LIMIT: '5' } });
    await createMeetingPlace(t.dataSource, { slug: 'limit-place', municipalityCode: '092' });
  });
  afterAll(() => t.close());

  it('refuses an address after its minute is used up, before looking at the body, and lets it answer again a minute later', async () => {
    // Probes that would each have told something: a replay, a conflict, an invalid body.
    const body = instantFeedbackBody('limit-place', 3);
    await request(t.http).post('/api/responses').send(body).expect(201);
    await request(t.http).post('/api/responses').send(body).expect(200);
    await request(t.http).post('/api/responses').send({ ...body, answers: { mood: 1 } }).expect(409);
    await request(t.http).post('/api/responses').send(instantFeedbackBody('limit-place', 3, { answers: { mood: 9 } })).expect(400);
    await request(t.http).post('/api/responses').send(instantFeedbackBody('limit-place', 2)).expect(201);
    const refused = await request(t.http).post('/api/responses').send(body).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.type).toBe('/problems/too-many-responses');
    await request(t.http).post('/api/responses').send({ not: 'even valid' }).expect(429);
    t.clock.advanceMinutes(1);
    await request(t.http).post('/api/responses').send(instantFeedbackBody('limit-place', 1)).expect(201);
  });
});

describe('rotating X-Forwarded-For behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '1', LOGIN_RATE_LIMIT: '3' } });
  });
  afterAll(() => t.close());

  it('still counts failed logins against the address the proxy saw', async () => {
    // The client makes up the left entries; the one proxy appends the address it saw.
    const attempt = (i: number) =>
      request(t.http).post('/api/auth/login').set('X-Forwarded-For', `10.9.${i}.1, 203.0.113.9`).send({ email: 'admin@kohtaamo.example', password: `guess ${i}` });
    for (let i = 0; i < 3; i++) await attempt(i).expect(401);
    await attempt(3).expect(429);
    // Another client behind the same proxy is not affected.
    await request(t.http).post('/api/auth/login').set('X-Forwarded-For', '198.51.100.7').send({ email: 'x@kohtaamo.example', password: 'wrong' }).expect(401);
  });

  it('lets the owner in from elsewhere however long an attacker keeps failing on the account from one address', async () => {
    const owner = await createUser(t, 'admin');
    const from = (address: string, password: string) =>
      request(t.http).post('/api/auth/login').set('X-Forwarded-For', address).send({ email: owner.email, password });
    // Five wrong passwords from one address: the old lock shut the account for 15 minutes, renewable forever.
    for (let i = 0; i < 3; i++) await from('203.0.113.50', `guess ${i}`).expect(401);
    t.clock.advanceMinutes(1); // past the per-address limit of 3 a minute
    for (let i = 3; i < 5; i++) await from('203.0.113.50', `guess ${i}`).expect(401);
    await from('203.0.113.50', TEST_PASSWORD).expect(401); // the attacker's address is held back
    await from('198.51.100.20', TEST_PASSWORD).expect(200); // the owner, from home, is not
  });
});
