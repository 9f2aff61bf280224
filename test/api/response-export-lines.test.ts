import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Writable } from 'node:stream';
import { CSV_DIALECTS, CsvDialect, csvHeader, csvRows } from '../../reports/csv/csv-dialect';
import { responseHeader, responseRow, rowLevelColumns } from '../../reports/csv/response-export';
import type { Principal } from '../../api/src/access/principal';
import type { ResponsesExportQueryDto } from '../../api/src/exports/dto/export-query.dto';
import { ResponseExportService } from '../../api/src/exports/response-export.service';
import { MeetingPlace } from '../../api/src/organisations/meeting-place.entity';
import { exportLayoutOf } from '../../api/src/responses/export-text';
import { buildResponseRecords } from '../../api/src/responses/response-records';
import { SurveyResponse } from '../../api/src/responses/survey-response.entity';
import { SurveyVersion } from '../../api/src/surveys/survey-version.entity';
import { FORMATTED_IN_JAVASCRIPT, FORMATTED_IN_SQL } from '../factories/export-answer-values';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody } from '../factories/response.factory';
import { expectedExportTexts, publishVisitorSurveyWithQuestion, storedExportTexts } from '../support/export-texts';
import { startTestApp, TestApp } from '../support/test-app';

// The database builds responses.csv lines (response-line-sql.ts) for responses stored without an
// export-ready text (as these are: inserted directly); they must be exactly what the JavaScript
// formatting (responseRow + csvRows) gives, for any answers a response can hold.

const YEAR = 2025;

/** responses.csv as the service writes it to a client. */
async function written(service: ResponseExportService, who: Principal, query: ResponsesExportQueryDto): Promise<string> {
  const prepared = await service.prepareResponses(who, query);
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await prepared.write(out, () => false);
  return Buffer.concat(chunks).toString('utf8');
}


describe('responses.csv lines built by the database', () => {
  let t: TestApp;
  let service: ResponseExportService;
  let places: { id: string; slug: string; regionCode: string }[];
  const questions: ReturnType<typeof rowLevelColumns> = [];

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(ResponseExportService);
    const vantaa = await createMeetingPlace(t.dataSource, { slug: 'line-vantaa' });
    const kerava = await createMeetingPlace(t.dataSource, { slug: 'line-kerava', municipalityCode: '245' });
    const tampere = await createMeetingPlace(t.dataSource, { slug: 'line-tampere', municipalityCode: '837' });
    places = [
      { id: vantaa.id, slug: vantaa.slug, regionCode: '04' },
      { id: kerava.id, slug: kerava.slug, regionCode: '04' },
      { id: tampere.id, slug: tampere.slug, regionCode: '08' },
    ];
    const versions = await t.dataSource.getRepository(SurveyVersion).find({ where: { surveyKey: 'visitor-survey' }, order: { version: 'ASC' } });
    questions.push(...rowLevelColumns(versions.map((v) => JSON.parse(v.definition))));

    // Every value in every column at least once, on responses spread over places; the first
    // half-year holds only values the SQL formats, the second every kind.
    const rows: SurveyResponse[] = [];
    const all = [...FORMATTED_IN_SQL, ...FORMATTED_IN_JAVASCRIPT];
    for (let i = 0; i < all.length * 3; i++) {
      const half = 1 + (i % 2);
      const values = half === 1 ? FORMATTED_IN_SQL : all;
      const answers: Record<string, unknown> = {};
      questions.forEach((q, column) => {
        const value = values[(i * 7 + column * 3) % values.length];
        if ((i + column) % 5 !== 0) answers[q.name] = value;
      });
      rows.push({
        id: randomUUID(),
        clientResponseId: randomUUID(),
        requestHash: 'x'.repeat(64),
        surveyKey: 'visitor-survey',
        surveyVersion: 1 + (i % 2),
        meetingPlaceId: places[i % 3].id,
        locale: ['fi', 'sv', 'en'][i % 3],
        receivedAt: new Date(Date.UTC(YEAR, half === 1 ? 2 : 8, 1 + (i % 28))),
        answeredAt: new Date(Date.UTC(YEAR, half === 1 ? 2 : 8, 1 + (i % 28))),
        periodYear: YEAR,
        periodHalf: half,
        answers: JSON.stringify(answers),
      });
    }
    await t.dataSource.getRepository(SurveyResponse).insert(rows);
  });
  afterAll(() => t.close());

  const principal = (overrides: Partial<Principal>): Principal => ({
    userId: randomUUID(),
    email: 'x@example.org',
    role: 'admin',
    regionCodes: [],
    meetingPlaces: [],
    mustChangePassword: false,
    authenticatedBy: 'session',
    ...overrides,
  });

  /** The reference: every stored response through responseRow and csvRows, in id order per half. */
  async function expected(dialect: CsvDialect, period: string, regionCode?: string): Promise<string> {
    const halves = period.includes('-H') ? [Number(period.slice(-1))] : [1, 2];
    const stored = (await t.dataSource.getRepository(SurveyResponse).find({ where: { surveyKey: 'visitor-survey', periodYear: YEAR } }))
      .filter((r) => halves.includes(r.periodHalf))
      .filter((r) => !regionCode || places.find((p) => p.id === r.meetingPlaceId)!.regionCode === regionCode)
      .sort((a, b) => a.periodHalf - b.periodHalf || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const cells = stored.map((r) => {
      const place = places.find((p) => p.id === r.meetingPlaceId)!;
      return responseRow({ ...r, meetingPlaceSlug: place.slug, regionCode: place.regionCode }, questions);
    });
    return wire(csvHeader(responseHeader(questions), dialect) + csvRows(cells, dialect));
  }

  /** Text as a client receives it: a lone surrogate cannot be UTF-8 and arrives as U+FFFD. */
  const wire = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

  const exported = (who: Principal, dialect: CsvDialect, period: string, region?: string) => written(service, who, { survey: 'visitor-survey', period, dialect, region });

  it.each(CSV_DIALECTS)('builds the lines of %s in SQL, the same for a session and an export token', async (dialect) => {
    const leftToJavaScript = jest.spyOn(ResponseExportService.prototype as unknown as { rawRows: () => Promise<unknown[]> }, 'rawRows');
    const period = `${YEAR}-H1`;
    const reference = await expected(dialect, period);
    // The fixture must really reach the rules it is about.
    for (const text of ["'=1+1", "'@SUM(A1)", '" lead"', '0-2|3-6', '1e+21', '\uFEFF']) expect(reference).toContain(text);
    expect(await exported(principal({}), dialect, period)).toBe(reference);
    expect(await exported(principal({ authenticatedBy: 'bearer' }), dialect, period)).toBe(await expected(dialect, period));
    expect(leftToJavaScript).not.toHaveBeenCalled();
    leftToJavaScript.mockRestore();
  });

  it.each(CSV_DIALECTS)('gives exactly the JavaScript formatting in %s whatever the answers hold', async (dialect) => {
    const reference = await expected(dialect, String(YEAR));
    for (const text of ["'=HYPERLINK", '"say ""hi"""', '[object Object]']) expect(reference).toContain(text);
    expect(await exported(principal({}), dialect, String(YEAR))).toBe(reference);
    expect(await exported(principal({ authenticatedBy: 'bearer' }), dialect, String(YEAR))).toBe(await expected(dialect, String(YEAR)));
  });

  it('gives the same for one half-year and for a principal limited to one region', async () => {
    const analyst = principal({ role: 'region-analyst', regionCodes: ['04'] });
    expect(await exported(analyst, 'rfc4180', `${YEAR}-H2`)).toBe(await expected('rfc4180', `${YEAR}-H2`, '04'));
    expect(await exported(principal({}), 'excel-fi', `${YEAR}-H1`, '08')).toBe(await expected('excel-fi', `${YEAR}-H1`, '08'));
  });

  it('reads the same rows as cells for other writers', async () => {
    const prepared = await service.prepareResponses(principal({}), { survey: 'visitor-survey', period: String(YEAR), dialect: 'rfc4180' });
    const pages: string[] = [];
    for await (const page of prepared.rows(() => false)) pages.push(csvRows(page, 'rfc4180'));
    expect(wire(csvHeader(prepared.header, 'rfc4180') + pages.join(''))).toBe(await expected('rfc4180', String(YEAR)));
  });
});

// Responses written by the app carry their export-ready text (api/src/responses/export-text.ts):
// the export reads it and puts the place's cells in. The output must be the same bytes, and a
// response without a text for the export's column set (none, or one made for an older set)
// must take the path above, never give a wrong line.
describe('responses.csv lines read from the texts stored with the responses', () => {
  const TEXT_YEAR = 2024;
  let t: TestApp;
  let service: ResponseExportService;
  let places: MeetingPlace[];
  let definitions: Record<string, unknown>[];
  /** The responses that have no text for today's column set, by kind. */
  const withoutText: { none: string[]; stale: string[] } = { none: [], stale: [] };

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(ResponseExportService);
    places = [
      await createMeetingPlace(t.dataSource, { slug: 'text-vantaa' }),
      await createMeetingPlace(t.dataSource, { slug: 'text-kerava', municipalityCode: '245' }),
      await createMeetingPlace(t.dataSource, { slug: 'text-tampere', municipalityCode: '837' }),
      // Only responses with a text for today's column set: the one to rename and move.
      await createMeetingPlace(t.dataSource, { slug: 'text-renamed', municipalityCode: '245' }),
    ];
    const versions = await t.dataSource.getRepository(SurveyVersion).find({ where: { surveyKey: 'visitor-survey' }, order: { version: 'ASC' } });
    definitions = versions.map((v) => JSON.parse(v.definition));
    const layout = exportLayoutOf(definitions);
    // Texts made while only version 1 was published: another column set, so another key.
    const older = exportLayoutOf(definitions.slice(0, 1));
    expect(older.key).not.toBe(layout.key);

    const all = [...FORMATTED_IN_SQL, ...FORMATTED_IN_JAVASCRIPT];
    const rows: SurveyResponse[] = [];
    for (let i = 0; i < all.length * 4; i++) {
      const answers: Record<string, unknown> = {};
      layout.questions.forEach((q, column) => {
        if ((i + column) % 5 !== 0) answers[q.name] = all[(i * 7 + column * 3) % all.length];
      });
      const kind = i % 8 === 3 ? 'none' : i % 8 === 5 ? 'stale' : 'fresh';
      const place = kind === 'fresh' && i % 2 === 0 ? places[3] : places[i % 3];
      const at = new Date(Date.UTC(TEXT_YEAR, i % 2 === 0 ? 2 : 8, 1 + (i % 28), 10));
      const { response } = buildResponseRecords(
        { surveyKey: 'visitor-survey', surveyVersion: 1 + (i % 2), meetingPlaceId: place.id, locale: ['fi', 'sv', 'en'][i % 3], answers },
        { id: randomUUID(), clientResponseId: randomUUID() },
        at,
        { answers, values: [] },
        kind === 'none' ? null : kind === 'stale' ? older : layout,
      );
      if (kind !== 'fresh') withoutText[kind].push(response.id);
      rows.push(response);
    }
    for (let i = 0; i < rows.length; i += 50) await t.dataSource.getRepository(SurveyResponse).insert(rows.slice(i, i + 50));
  });
  afterAll(() => t.close());

  const admin: Principal = { userId: randomUUID(), email: 'x@example.org', role: 'admin', regionCodes: [], meetingPlaces: [], mustChangePassword: false, authenticatedBy: 'session' };

  /** The reference: responseRow + csvRows over the stored responses, with the places as they are now. */
  async function expected(dialect: CsvDialect, period: string, placeId?: string): Promise<string> {
    const questions = rowLevelColumns((await t.dataSource.getRepository(SurveyVersion).find({ where: { surveyKey: 'visitor-survey' }, order: { version: 'ASC' } })).map((v) => JSON.parse(v.definition)));
    const halves = period.includes('-H') ? [Number(period.slice(-1))] : [1, 2];
    const located: { id: string; slug: string; region_code: string }[] = await t.dataSource.query(
      'SELECT p.id, p.slug, m.region_code FROM meeting_place p JOIN municipality m ON m.code = p.municipality_code',
    );
    const stored = (await t.dataSource.getRepository(SurveyResponse).find({ where: { surveyKey: 'visitor-survey', periodYear: TEXT_YEAR } }))
      .filter((r) => halves.includes(r.periodHalf) && (!placeId || r.meetingPlaceId === placeId))
      .sort((a, b) => a.periodHalf - b.periodHalf || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const cells = stored.map((r) => {
      const place = located.find((p) => p.id === r.meetingPlaceId)!;
      return responseRow({ ...r, meetingPlaceSlug: place.slug, regionCode: place.region_code }, questions);
    });
    return Buffer.from(csvHeader(responseHeader(questions), dialect) + csvRows(cells, dialect), 'utf8').toString('utf8');
  }

  const exported = (dialect: CsvDialect, period: string, meetingPlace?: string) => written(service, admin, { survey: 'visitor-survey', period, dialect, meetingPlace });

  /** The responses whose lines took the present path (built from their answers). */
  function watchBuiltLines() {
    const spy = jest.spyOn(ResponseExportService.prototype as unknown as { linesOf: (s: unknown, q: unknown, ids: string[]) => Promise<unknown[]> }, 'linesOf');
    return {
      ids: () => spy.mock.calls.flatMap((call) => call[2]).sort(),
      restore: () => spy.mockRestore(),
    };
  }

  it.each(CSV_DIALECTS)('gives in %s exactly the JavaScript formatting, reading the stored texts and building only the lines of responses without one', async (dialect) => {
    const reference = await expected(dialect, String(TEXT_YEAR));
    // The fixture must really reach the rules it is about.
    for (const text of ["'=1+1", "'@SUM(A1)", '" lead"', '0-2|3-6', '1e+21', '\uFEFF', "'=HYPERLINK", '"say ""hi"""', '[object Object]', 'text-renamed']) {
      expect(reference).toContain(text);
    }
    const built = watchBuiltLines();
    expect(await exported(dialect, String(TEXT_YEAR))).toBe(reference);
    expect(built.ids()).toEqual([...withoutText.none, ...withoutText.stale].sort());
    built.restore();
  });

  it('stops writing when the client has gone, and the database serves the next export in full', async () => {
    // Enough lines (≈ 200 kB) that PostgreSQL's COPY comes in several chunks, so that stopping
    // leaves it unread: that connection must be closed, not handed out again. Their own year.
    const year = TEXT_YEAR - 3;
    const layout = exportLayoutOf(definitions);
    const many = Array.from({ length: 2500 }, (_, i) => {
      const answers = Object.fromEntries(layout.questions.filter((q) => !q.freeText).map((q, column) => [q.name, 1 + ((i + column) % 5)]));
      const at = new Date(Date.UTC(year, i % 12, 1 + (i % 28), 10));
      return buildResponseRecords({ surveyKey: 'visitor-survey', surveyVersion: 2, meetingPlaceId: places[i % 3].id, locale: 'fi', answers }, { id: randomUUID(), clientResponseId: randomUUID() }, at, { answers, values: [] }, layout).response;
    });
    for (let i = 0; i < many.length; i += 100) await t.dataSource.getRepository(SurveyResponse).insert(many.slice(i, i + 100));
    const reference = await exported('rfc4180', String(year));
    expect(reference.split('\r\n')).toHaveLength(many.length + 2);

    // More stopped exports than the pool has connections.
    for (let i = 0; i < 12; i++) {
      const prepared = await service.prepareResponses(admin, { survey: 'visitor-survey', period: String(year) });
      let bytes = 0;
      const out = new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done();
        },
      });
      await prepared.write(out, () => bytes > 1000);
      expect(bytes).toBeGreaterThan(1000);
      expect(bytes).toBeLessThan(reference.length / 2);
    }
    expect(await exported('rfc4180', String(year))).toBe(reference);
  });

  it('reads only stored texts for a place whose responses all have one, never a row at a time', async () => {
    const built = watchBuiltLines();
    // On SQLite a page is read row by row only when one of its responses has no text.
    const rowByRow = jest.spyOn(ResponseExportService.prototype as unknown as { textPage: () => Promise<unknown[]> }, 'textPage');
    for (const dialect of CSV_DIALECTS) expect(await exported(dialect, `${TEXT_YEAR}-H1`, 'text-renamed')).toBe(await expected(dialect, `${TEXT_YEAR}-H1`, places[3].id));
    expect(built.ids()).toEqual([]);
    expect(rowByRow).not.toHaveBeenCalled();
    rowByRow.mockRestore();
    built.restore();
  });

  it('puts a place’s new slug and new region into the stored lines after it was renamed and moved', async () => {
    await t.dataSource.query("UPDATE meeting_place SET slug = 'text-moved', municipality_code = '837' WHERE id = $1".replace('$1', t.dataSource.options.type === 'postgres' ? '$1' : '?'), [places[3].id]);
    const built = watchBuiltLines();
    for (const dialect of CSV_DIALECTS) {
      const reference = await expected(dialect, String(TEXT_YEAR), places[3].id);
      expect(reference).toContain(`text-moved${dialect === 'rfc4180' ? ',' : ';'}08`);
      expect(await exported(dialect, String(TEXT_YEAR), 'text-moved')).toBe(reference);
    }
    expect(built.ids()).toEqual([]);
    built.restore();
  });

  it('quotes and guards a place’s cells that need it, whatever the database holds (a slug no form accepts)', async () => {
    const sql = (text: string) => (t.dataSource.options.type === 'postgres' ? text : text.replace('$1', '?'));
    await t.dataSource.query(sql("UPDATE meeting_place SET slug = '=odd; slug, here' WHERE id = $1"), [places[3].id]);
    try {
      for (const dialect of CSV_DIALECTS) {
        // Only responses with a text for today's column set: they would be read a page at a time.
        const reference = await expected(dialect, String(TEXT_YEAR), places[3].id);
        expect(reference).toContain(`"'=odd; slug, here"`);
        expect(await exported(dialect, String(TEXT_YEAR), '=odd; slug, here')).toBe(reference);
      }
    } finally {
      await t.dataSource.query(sql("UPDATE meeting_place SET slug = 'text-moved' WHERE id = $1"), [places[3].id]);
    }
  });

  it('builds every line from the answers once a new version adds a column, never a stored line without it', async () => {
    await publishVisitorSurveyWithQuestion(t.dataSource, 'export_text_added', new Date(Date.UTC(TEXT_YEAR + 1, 0, 1)));
    const everyResponse: { id: string }[] = await t.dataSource.query(`SELECT id FROM response WHERE survey_key = 'visitor-survey' AND period_year = ${TEXT_YEAR} ORDER BY id`);
    const built = watchBuiltLines();
    for (const dialect of CSV_DIALECTS) {
      const reference = await expected(dialect, String(TEXT_YEAR));
      expect(reference.split('\r\n')[0]).toMatch(/export_text_added$/);
      expect(await exported(dialect, String(TEXT_YEAR))).toBe(reference);
    }
    expect(built.ids()).toEqual([...everyResponse.map((r) => r.id), ...everyResponse.map((r) => r.id)].sort());
    built.restore();
  });

  it('is written by POST /api/responses for the column set it was answered under', async () => {
    const res = await request(t.http).post('/api/responses').send(instantFeedbackBody('text-vantaa', 3)).expect(201);
    const stored = await t.dataSource.getRepository(SurveyResponse).find({ where: { id: res.body.id } });
    expect(stored.map(storedExportTexts)).toEqual(await expectedExportTexts(t.dataSource, stored));
    // mood 3, the other columns of instant-feedback empty.
    expect(stored[0].exportRfc4180).toMatch(new RegExp(`^${stored[0].id},instant-feedback,1\n${stored[0].periodYear}-H${stored[0].periodHalf},fi,3,+$`));
  });
});
