import request from 'supertest';
import { csvHeader, csvRows, parseCsv } from '../../reports/csv/csv-dialect';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody, visitorSurveyBody } from '../factories/response.factory';
import { createUser } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';
import { halfYearOf } from '../../reports/periods';
import { AFTER_2026_RELEASE, EARLY_DECEMBER_2026 } from '../support/fake-clock';

const FIXED = ['response_id', 'survey_key', 'survey_version', 'meeting_place', 'region_code', 'period', 'locale'];

const CONTRACT_COLUMNS = ['period', 'level', 'area_code', 'area_name', 'indicator', 'value', 'n', 'suppressed', 'ci95_low', 'ci95_high', 'status'];
const APPENDED_COLUMNS = [
  'released_at',
  'coverage_from',
  'coverage_to',
  'coverage_partial',
  'previous_period',
  'previous_value',
  'change',
  'change_ci95_low',
  'change_ci95_high',
  'change_clear',
  'change_comparable',
];
interface ComparisonTable {
  period: string;
  areas: {
    code: string;
    name: { fi: string };
    indicators: {
      key: string;
      value: number | null;
      n: number;
      suppressed: boolean;
      ci95: number[] | null;
      status: string;
      releasedAt: string | null;
      coverage: { from: string; to: string; partial: boolean } | null;
      previous: { period: string; value: number | null } | null;
      change: { value: number; ci95: number[]; clear: boolean; comparable: boolean } | null;
    }[];
  }[];
}

describe('CSV exports of responses, codebook and export tokens', () => {
  let t: TestApp;
  let admin: TestSession;
  let analyst04: TestSession;
  let analyst08: TestSession;
  let steering: TestSession;
  const year = String(halfYearOf(EARLY_DECEMBER_2026).year);
  const half = `${year}-H${halfYearOf(EARLY_DECEMBER_2026).half}`;
  let users: Record<'admin' | 'analyst04' | 'analyst08' | 'steering', { email: string; password: string }>;

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    const vantaa = await createMeetingPlace(t.dataSource, { slug: 'export-vantaa' });
    await createMeetingPlace(t.dataSource, { slug: 'export-kerava', municipalityCode: '245' });
    const tampere = await createMeetingPlace(t.dataSource, { slug: 'export-tampere', municipalityCode: '837' });
    const post = (body: object) => request(t.http).post('/api/responses').send(body).expect(201);
    await post(visitorSurveyBody('export-vantaa', { answers: { felt_welcome: 5, children_age_bands: ['0-2', '3-6'], feedback_free_text: '=HYPERLINK("http://x","klik")' } }));
    await post(visitorSurveyBody('export-vantaa', { locale: 'sv', answers: { felt_welcome: 2, loneliness: 4 } }));
    await post(visitorSurveyBody('export-kerava', { answers: { felt_welcome: 4, feedback_free_text: 'Kiitos; "hyvä" paikka' } }));
    await post(visitorSurveyBody('export-tampere', { answers: { felt_welcome: 3 } }));
    await post(instantFeedbackBody('export-vantaa', 3));
    users = {
      admin: await createUser(t, 'admin'),
      analyst04: await createUser(t, 'region-analyst', { regions: ['04'] }),
      analyst08: await createUser(t, 'region-analyst', { regions: ['08'] }),
      steering: await createUser(t, 'steering-group', { meetingPlaces: [vantaa] }),
    };
    void tampere;
    await logInAll();
  });
  const logInAll = async () => {
    admin = await logIn(t, users.admin.email, users.admin.password);
    analyst04 = await logIn(t, users.analyst04.email, users.analyst04.password);
    analyst08 = await logIn(t, users.analyst08.email, users.analyst08.password);
    steering = await logIn(t, users.steering.email, users.steering.password);
  };
  afterAll(() => t.close());

  const get = (session: TestSession, path: string) => as(session, request(t.http).get(path)).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
  });

  describe('responses.csv', () => {
    it('rfc4180: a header, one row per response in scope, CRLF, no BOM, codes with leading zeros', async () => {
      const res = await get(analyst04, `/api/exports/responses.csv?survey=visitor-survey&period=${year}`).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="kohtaamo-responses-visitor-survey-${year}.csv"`);
      const text = res.body as string;
      expect(text.startsWith('\uFEFF')).toBe(false);
      expect(text.split('\r\n').length - 1).toBe(4); // header + 3 rows, each ending in CRLF
      const [header, ...rows] = parseCsv(text, 'rfc4180');
      expect(header.slice(0, 7)).toEqual(FIXED);
      const column = (name: string) => header.indexOf(name);
      expect(rows.map((r) => r[column('meeting_place')]).sort()).toEqual(['export-kerava', 'export-vantaa', 'export-vantaa']);
      expect(new Set(rows.map((r) => r[column('region_code')]))).toEqual(new Set(['04']));
      expect(new Set(rows.map((r) => r[column('period')]))).toEqual(new Set([half]));
      const first = rows.find((r) => r[column('felt_welcome')] === '5')!;
      expect(first[column('children_age_bands')]).toBe('0-2|3-6');
      expect(first[column('survey_version')]).toBe('2');
      // Written answers are read only by the place's staff, in the staff pages: no column, no text.
      expect(header).not.toContain('feedback_free_text');
      expect(text).not.toMatch(/HYPERLINK|Kiitos/);
    });

    it('excel-fi: BOM, semicolons, CRLF, the same rows', async () => {
      const res = await get(analyst04, `/api/exports/responses.csv?survey=visitor-survey&period=${half}&dialect=excel-fi`).expect(200);
      const text = res.body as string;
      expect(text.startsWith('\uFEFFresponse_id;survey_key;survey_version;meeting_place;region_code;period;locale;')).toBe(true);
      const [, ...rows] = parseCsv(text, 'excel-fi');
      expect(rows).toHaveLength(3);
      expect(rows.every((r) => r[4] === '04')).toBe(true);
      expect(text).not.toContain('Kiitos');
    });

    it('gives each role only its scope, and place-scoped roles no rows at all', async () => {
      await get(steering, `/api/exports/responses.csv?survey=visitor-survey&period=${year}`).expect(403);
      const adminRows = parseCsv((await get(admin, `/api/exports/responses.csv?survey=visitor-survey&period=${year}`).expect(200)).body, 'rfc4180');
      expect(adminRows).toHaveLength(5);
      const tampere = parseCsv((await get(analyst08, `/api/exports/responses.csv?survey=visitor-survey&period=${year}`).expect(200)).body, 'rfc4180');
      expect(tampere.slice(1).map((r) => r[4])).toEqual(['08']);
      await get(analyst08, `/api/exports/responses.csv?survey=visitor-survey&period=${year}&region=04`).expect(403);
      await request(t.http).get(`/api/exports/responses.csv?survey=visitor-survey&period=${year}`).expect(401);
    });

    it('exports a year with no answers as a header only', async () => {
      const text = (await get(admin, '/api/exports/responses.csv?survey=visitor-survey&period=2001').expect(200)).body as string;
      expect(parseCsv(text, 'rfc4180')).toHaveLength(1);
    });

    it.each([
      ['survey=visitor-survey&period=2026-H3', 400, 'period'],
      ['survey=visitor-survey&period=26', 400, 'period'],
      ['survey=visitor-survey&period=2026&dialect=xlsx', 400, 'dialect'],
      ['period=2026', 400, 'survey'],
      ['survey=no-such&period=2026', 404, undefined],
      ['survey=visitor-survey&period=2026&meetingPlace=nowhere', 404, undefined],
    ])('?%s → %i', async (query, status, field) => {
      const res = await as(admin, request(t.http).get(`/api/exports/responses.csv?${query}`)).expect(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  describe('indicators.csv', () => {
    beforeAll(async () => {
      for (const mood of [3, 3, 3, 2, 1] as const) {
        await request(t.http).post('/api/responses').send(instantFeedbackBody('export-tampere', mood)).expect(201);
      }
      // Figures come from releases: read the year once its release is due.
      t.clock.advanceTo(AFTER_2026_RELEASE);
      await logInAll();
    });

    it('has the contract header, one row per area and indicator, and the API’s figures and suppression', async () => {
      const text = (await get(analyst04, `/api/exports/indicators.csv?level=region&period=${year}`).expect(200)).body as string;
      const [header, ...rows] = parseCsv(text, 'rfc4180');
      // The contract's eleven columns, then the appended ones (docs/csv-format.md).
      expect(header).toEqual([...CONTRACT_COLUMNS, ...APPENDED_COLUMNS]);
      const api = await as(analyst04, request(t.http).get(`/api/indicators/comparison?level=national&period=${year}&childLevel=region`)).expect(200);
      const text_ = (value: unknown) => (value === null || value === undefined ? '' : String(value));
      // The year's rows, then its half-years' rows of the half-yearly indicators (child-heard).
      const expected = [api.body, ...api.body.halfYearly].flatMap((table: ComparisonTable) =>
        table.areas.flatMap((area) =>
          area.indicators.map((i) => [
            table.period,
            'region',
            area.code,
            area.name.fi,
            i.key,
            i.suppressed ? '' : String(i.value ?? ''),
            String(i.n),
            String(i.suppressed),
            i.suppressed || !i.ci95 ? '' : String(i.ci95[0]),
            i.suppressed || !i.ci95 ? '' : String(i.ci95[1]),
            i.status,
            i.releasedAt ?? '',
            text_(i.coverage?.from),
            text_(i.coverage?.to),
            text_(i.coverage?.partial),
            text_(i.previous?.period),
            text_(i.previous?.value),
            text_(i.change?.value),
            text_(i.change?.ci95[0]),
            text_(i.change?.ci95[1]),
            text_(i.change?.clear),
            text_(i.change?.comparable),
          ]),
        ),
      );
      expect(expected.some((row: string[]) => row[0] === `${year}-H2` && row[4] === 'child-heard')).toBe(true);
      expect(rows).toEqual(expected);
      expect(rows.map((r) => r[2])).toContain('04');
      // Region 04 has 3 visitor answers: suppressed, with no value or interval; n is participation.
      const welcome04 = rows.find((r) => r[2] === '04' && r[4] === 'felt-welcome')!;
      expect(welcome04.slice(0, 11)).toEqual([year, 'region', '04', 'Vantaan ja Keravan hyvinvointialue', 'felt-welcome', '', '3', 'true', '', '', 'suppressed']);
      expect(new Date(welcome04[11]).getTime()).toBeGreaterThan(EARLY_DECEMBER_2026.getTime());
    });

    it('writes decimal commas in the Excel dialect', async () => {
      const text = (await get(admin, `/api/exports/indicators.csv?level=national&period=${year}&dialect=excel-fi`).expect(200)).body as string;
      expect(text.startsWith(`\uFEFF${[...CONTRACT_COLUMNS, ...APPENDED_COLUMNS].join(';')}\r\n`)).toBe(true);
      const row = parseCsv(text, 'excel-fi').find((r) => r[4] === 'instant-positive')!;
      expect(row.slice(0, 8)).toEqual([year, 'national', '', 'Koko maa', 'instant-positive', '0,6667', '6', 'false']);
      expect(row[8]).toMatch(/^0,\d+$/);
      expect(row[9]).toMatch(/^0,\d+$/);
    });

    it.each([['level=county&period=2026', 'level'], ['level=region&period=2026-H9', 'period']])('?%s → 400 at %s', async (query, field) => {
      const res = await as(admin, request(t.http).get(`/api/exports/indicators.csv?${query}`)).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  describe('codebook.csv', () => {
    it('has one row per column of responses.csv, in order, in both dialects', async () => {
      const responses = parseCsv((await get(admin, `/api/exports/responses.csv?survey=visitor-survey&period=${year}`).expect(200)).body, 'rfc4180');
      for (const dialect of ['rfc4180', 'excel-fi'] as const) {
        const text = (await get(admin, `/api/exports/codebook.csv?survey=visitor-survey&dialect=${dialect}`).expect(200)).body as string;
        const [header, ...rows] = parseCsv(text, dialect);
        expect(header).toEqual(['column', 'type', 'question_fi', 'question_sv', 'question_en', 'values', 'labels_fi', 'labels_sv', 'labels_en', 'free_text', 'version']);
        expect(rows.map((r) => r[0])).toEqual(responses[0]);
      }
      const v1 = parseCsv((await get(admin, '/api/exports/codebook.csv?survey=visitor-survey&version=1').expect(200)).body, 'rfc4180');
      const welcome = v1.find((r) => r[0] === 'felt_welcome')!;
      expect(welcome.slice(0, 2)).toEqual(['felt_welcome', 'number']);
      expect(welcome[5]).toBe('1|2|3|4|5');
      expect(welcome[10]).toBe('1');
      await get(admin, '/api/exports/codebook.csv?survey=visitor-survey&version=7').expect(404);
    });
  });

  describe('export tokens', () => {
    it('lets an analyst make a read-only token for its region, shown once, audited, revocable', async () => {
      const created = await as(analyst04, request(t.http).post('/api/export-tokens')).send({ name: 'Power BI', regionCode: '04' }).expect(201);
      expect(created.body).toMatchObject({ name: 'Power BI', regionCode: '04', revokedAt: null, token: expect.stringMatching(/^kht_[A-Za-z0-9_-]{43}$/) });
      const token = created.body.token as string;
      const listed = await as(analyst04, request(t.http).get('/api/export-tokens')).expect(200);
      expect(listed.body.map((x: { id: string }) => x.id)).toContain(created.body.id);
      expect(JSON.stringify(listed.body)).not.toContain(token);
      const [{ stored }] = await t.dataSource.query('SELECT token_hash AS stored FROM export_token');
      expect(stored).not.toBe(token);

      const pulled = await request(t.http)
        .get(`/api/exports/responses.csv?survey=visitor-survey&period=${year}`)
        .set('Authorization', `Bearer ${token}`)
        .buffer(true)
        .parse((res, done) => { let s = ''; res.on('data', (c: Buffer) => (s += c.toString())); res.on('end', () => done(null, s)); })
        .expect(200);
      const [header, ...rows] = parseCsv(pulled.body as string, 'rfc4180');
      expect(rows).toHaveLength(3);
      // Automated pulls never carry written answers, which can identify people.
      expect(header).not.toContain('feedback_free_text');

      // Read-only: a token cannot change anything, and cannot leave its region.
      await request(t.http).post('/api/export-tokens').set('Authorization', `Bearer ${token}`).send({ name: 'x', regionCode: '04' }).expect(403);
      await request(t.http).get(`/api/exports/responses.csv?survey=visitor-survey&period=${year}&region=08`).set('Authorization', `Bearer ${token}`).expect(403);

      const audit = await as(admin, request(t.http).get('/api/audit-log?action=export-token.used')).expect(200);
      expect(audit.body.items[0]).toMatchObject({ action: 'export-token.used', target: { type: 'export-token', id: created.body.id } });

      await as(analyst04, request(t.http).post(`/api/export-tokens/${created.body.id}/revoke`)).expect(200);
      await request(t.http).get(`/api/exports/responses.csv?survey=visitor-survey&period=${year}`).set('Authorization', `Bearer ${token}`).expect(401);
    });

    it('refuses a token for a region outside the analyst’s scope, and to other roles', async () => {
      await as(analyst04, request(t.http).post('/api/export-tokens')).send({ name: 'x', regionCode: '08' }).expect(403);
      await as(steering, request(t.http).post('/api/export-tokens')).send({ name: 'x', regionCode: '04' }).expect(403);
      await as(admin, request(t.http).post('/api/export-tokens')).send({ name: 'x', regionCode: '99' }).expect(400);
    });
  });

  it('keeps parse(write(x)) = x for the dialect helpers the exports use', () => {
    const text = csvHeader(['a'], 'excel-fi') + csvRows([['092']], 'excel-fi');
    expect(parseCsv(text, 'excel-fi')).toEqual([['a'], ['092']]);
  });
});
