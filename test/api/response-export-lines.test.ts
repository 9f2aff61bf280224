import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { CSV_DIALECTS, CsvDialect, csvHeader, csvRows } from '../../reports/csv/csv-dialect';
import { responseHeader, responseRow, rowLevelColumns } from '../../reports/csv/response-export';
import type { Principal } from '../../api/src/access/principal';
import { ResponseExportService } from '../../api/src/exports/response-export.service';
import { SurveyResponse } from '../../api/src/responses/survey-response.entity';
import { SurveyVersion } from '../../api/src/surveys/survey-version.entity';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { startTestApp, TestApp } from '../support/test-app';

// The database builds responses.csv lines (response-line-sql.ts); they must be exactly what the
// JavaScript formatting (responseRow + csvRows) gives, for any answers a response can hold.

const YEAR = 2025;

/** Answer values the SQL formats: formula guard, quoting, numbers, booleans, arrays. */
const IN_SQL: unknown[] = [
  // eslint-disable-next-line no-loss-of-precision -- a number past 2^53, as JSON may hold one
  0, 5, -3, 12345678901, 1.5, -0.25, 1e21, 1e-7, 9007199254740993,
  '', 'weekly', '0-2', 'a,b', 'a;b', ' lead', 'trail ', ' ', '=1+1', '+358', '-5', '@SUM(A1)', 'äö ÅÄÖ', '😀 emoji', '\uFEFFbom', 'pipe|pipe', "it's",
  true, false, null, [], [''], ['0-2', '3-6'], ['a,b', 'c'], ['=x'], [' a'], ['x '], ['-'], [1, 2], [-1, 2.5], [1e21],
];
/** Values the SQL leaves to JavaScript: escapes in strings, objects, mixed arrays. */
const IN_JAVASCRIPT: unknown[] = [
  'say "hi"', '=HYPERLINK("http://x")', 'line\nbreak', 'cr\rlf', 'tab\there', '\tx', '\rx', 'back\\slash', '\ud800', 'a\u0001b',
  ['a"b'], ['a', 1], [null], [true], [['x']], [{}], ['a\\b'], { nested: 1 },
];

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
    const all = [...IN_SQL, ...IN_JAVASCRIPT];
    for (let i = 0; i < all.length * 3; i++) {
      const half = 1 + (i % 2);
      const values = half === 1 ? IN_SQL : all;
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

  async function exported(who: Principal, dialect: CsvDialect, period: string, region?: string): Promise<string> {
    const prepared = await service.prepareResponses(who, { survey: 'visitor-survey', period, dialect, region });
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
