import ExcelJS from 'exceljs';
import request from 'supertest';
import type { ComparisonRowDto, IndicatorComparisonDto } from '../../api/src/indicators/dto/indicator-result.dto';
import { halfYearOf } from '../../reports/periods';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody, visitorSurveyBody } from '../factories/response.factory';
import { createUser } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { AFTER_2026_RELEASE, EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { startTestApp, TestApp } from '../support/test-app';

// Argon2 logins and a dozen answers: more than the default 5 s on a busy machine.
jest.setTimeout(60_000);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A place name typed by an administrator that a spreadsheet would run, if it were a formula. */
const FORMULA_NAME = '=HYPERLINK("http://example.invalid","klik")';

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

function headerOf(sheet: ExcelJS.Worksheet): string[] {
  const values: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell) => values.push(String(cell.value ?? '')));
  return values;
}

/** Every cell of every sheet, for checks that hold everywhere. */
function allCells(workbook: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
  return cells;
}

describe('XLSX exports: indicators.xlsx and responses.xlsx', () => {
  let t: TestApp;
  let admin: TestSession;
  let analyst04: TestSession;
  let analyst08: TestSession;
  let coordinator: TestSession;
  let steering: TestSession;
  let analyst04Email: string;
  const year = String(halfYearOf(EARLY_DECEMBER_2026).year);

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026 });
    const vantaa = await createMeetingPlace(t.dataSource, { slug: 'book-vantaa', nameFi: 'Koivukylän kohtaamo', nameSv: 'Björkby mötesplats', nameEn: 'Koivukylä meeting place' });
    await createMeetingPlace(t.dataSource, { slug: 'book-formula', nameFi: FORMULA_NAME });
    await createMeetingPlace(t.dataSource, { slug: 'book-tampere', municipalityCode: '837' });
    const post = (body: object) => request(t.http).post('/api/responses').send(body).expect(201);
    // Six visitors in Vantaa: felt-welcome is published for the place, municipality and region.
    for (const welcome of [5, 4, 4, 2, 5, 1]) {
      await post(visitorSurveyBody('book-vantaa', { answers: { felt_welcome: welcome, children_age_bands: ['0-2', '3-6'], feedback_free_text: '=1+1 minä, Liisa' } }));
    }
    await post(visitorSurveyBody('book-formula', { locale: 'sv', answers: { felt_welcome: 3 } }));
    // Six in Tampere too, so that neither region protects the other.
    for (const welcome of [4, 4, 3, 5, 5, 2]) await post(visitorSurveyBody('book-tampere', { answers: { felt_welcome: welcome } }));
    await post(instantFeedbackBody('book-vantaa', 3));
    // Figures are published only as releases: read the year after its release is due.
    t.clock.advanceTo(AFTER_2026_RELEASE);
    const users = {
      admin: await createUser(t, 'admin'),
      analyst04: await createUser(t, 'region-analyst', { regions: ['04'] }),
      analyst08: await createUser(t, 'region-analyst', { regions: ['08'] }),
      coordinator: await createUser(t, 'coordinator', { meetingPlaces: [vantaa] }),
      steering: await createUser(t, 'steering-group', { meetingPlaces: [vantaa] }),
    };
    analyst04Email = users.analyst04.email;
    admin = await logIn(t, users.admin.email, users.admin.password);
    analyst04 = await logIn(t, users.analyst04.email, users.analyst04.password);
    analyst08 = await logIn(t, users.analyst08.email, users.analyst08.password);
    coordinator = await logIn(t, users.coordinator.email, users.coordinator.password);
    steering = await logIn(t, users.steering.email, users.steering.password);
  });
  afterAll(() => t.close());

  const binary = (test: request.Test) =>
    test.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  const get = (session: TestSession, path: string) => binary(as(session, request(t.http).get(path)));
  const comparisonOf = async (level: string): Promise<IndicatorComparisonDto> =>
    (await as(analyst04, request(t.http).get(`/api/indicators/comparison?level=national&period=${year}&childLevel=${level}`)).expect(200)).body;
  const comparison = async (level: string): Promise<ComparisonRowDto[]> => (await comparisonOf(level)).areas;

  describe('indicators.xlsx', () => {
    it('has the API’s figures and suppression as typed cells: text codes, numbers in per cent, integer n, localized status', async () => {
      const res = await get(analyst04, `/api/exports/indicators.xlsx?level=region&period=${year}`).expect(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="kohtaamo-indicators-region-${year}.xlsx"`);
      const workbook = await readWorkbook(res.body);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tunnusluvut', 'Koodikirja', 'Lue minut']);
      const sheet = workbook.getWorksheet('Tunnusluvut')!;
      expect(headerOf(sheet)).toEqual([
        'Jakso', 'Taso', 'Alueen koodi', 'Alue', 'Mittarin tunnus', 'Mittari', 'Arvo', 'Vastaajia (n)',
        '95 % luottamusväli, alaraja', '95 % luottamusväli, yläraja', 'Tila',
        'Muutos edellisestä jaksosta', 'Muutoksen 95 % luottamusväli, alaraja', 'Muutoksen 95 % luottamusväli, yläraja', 'Muutoksen tulkinta',
      ]);

      const api = await comparisonOf('region');
      const statusText = { published: 'Julkaistu', suppressed: 'Salattu tietosuojan vuoksi', 'no-answers': 'Ei vastauksia', 'not-released': 'Ei vielä julkaistu' };
      // The year's rows, then its half-years' rows of the half-yearly indicators (child-heard).
      const expected = [api, ...api.halfYearly].flatMap((table) => table.areas.flatMap((area) =>
        area.indicators.map((i) => [
          table.period,
          'Hyvinvointialue',
          area.code,
          area.name.fi,
          i.key,
          i.status === 'published' ? i.value : null,
          i.n,
          i.status === 'published' && i.ci95 ? i.ci95[0] : null,
          i.status === 'published' && i.ci95 ? i.ci95[1] : null,
          statusText[i.status],
          i.change?.value ?? null,
        ]),
      ));
      const rows: unknown[][] = [];
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        const value = (c: number) => row.getCell(c).value ?? null;
        rows.push([value(1), value(2), value(3), value(4), value(5), value(7), value(8), value(9), value(10), value(11), value(12)]);
      });
      expect(rows).toEqual(expected);

      const row = (code: string, key: string) => {
        let found: ExcelJS.Row | undefined;
        sheet.eachRow((r) => {
          if (r.getCell(3).value === code && r.getCell(5).value === key) found = r;
        });
        return found!;
      };
      const welcome04 = row('04', 'felt-welcome');
      // Region 04 has 7 visitors: published, a share of 4/7 in per cent, n an integer.
      expect(welcome04.getCell(3).type).toBe(ExcelJS.ValueType.String);
      expect(welcome04.getCell(6).value).toBe('Tervetullut olo');
      expect(welcome04.getCell(7).type).toBe(ExcelJS.ValueType.Number);
      expect(welcome04.getCell(7).value).toBe(0.5714);
      expect(welcome04.getCell(7).numFmt).toBe('0.0 %');
      expect(welcome04.getCell(8).value).toBe(7);
      expect(welcome04.getCell(8).numFmt).toBe('0');
      expect(welcome04.getCell(11).value).toBe('Julkaistu');
      expect(welcome04.getCell(9).numFmt).toBe('0.0 %');
      // Nobody answered the stakeholder survey: empty value, n 0, status in words.
      const heard = row('04', 'network-collaboration');
      expect(heard.getCell(7).type).toBe(ExcelJS.ValueType.Null);
      expect(heard.getCell(8).value).toBe(0);
      expect(heard.getCell(11).value).toBe('Ei vastauksia');

      // Frozen header row, an auto-filter over the table, widths that fit.
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(`A1:O${sheet.rowCount}`);
      expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual('Vantaan ja Keravan hyvinvointialue'.length);
    });

    it('keeps municipality codes as text with their leading zero', async () => {
      const workbook = await readWorkbook((await get(admin, `/api/exports/indicators.xlsx?level=municipality&period=${year}`).expect(200)).body);
      const sheet = workbook.worksheets[0];
      const codes = new Set<unknown>();
      sheet.eachRow((row, n) => {
        if (n > 1) codes.add(row.getCell(3).value);
        if (n > 1) expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
      });
      expect(codes).toEqual(new Set(['092', '837']));
    });

    it('leaves a suppressed figure empty, as the API does', async () => {
      const workbook = await readWorkbook((await get(admin, `/api/exports/indicators.xlsx?level=meeting-place&period=${year}`).expect(200)).body);
      const places = await comparison('meeting-place');
      const api = places.find((p) => p.code === 'book-formula')!.indicators.find((i) => i.key === 'felt-welcome')!;
      expect(api).toMatchObject({ status: 'suppressed', value: null, n: 1 });
      let suppressed: ExcelJS.Row | undefined;
      workbook.worksheets[0].eachRow((r) => {
        if (r.getCell(3).value === 'book-formula' && r.getCell(5).value === 'felt-welcome') suppressed = r;
      });
      expect([7, 9, 10].map((c) => suppressed!.getCell(c).type)).toEqual([ExcelJS.ValueType.Null, ExcelJS.ValueType.Null, ExcelJS.ValueType.Null]);
      // n is participation, shown exactly: suppression protects the value.
      expect(suppressed!.getCell(8).value).toBe(1);
      expect(suppressed!.getCell(11).value).toBe('Salattu tietosuojan vuoksi');
    });

    it.each([
      ['sv', ['Indikatorer', 'Kodbok', 'Läs mig'], ['Period', 'Nivå', 'Områdets kod', 'Område', 'Indikatorns nyckel', 'Indikator', 'Värde', 'Svarande (n)'], 'Välfärdsområde', 'Känner sig välkommen'],
      ['en', ['Indicators', 'Codebook', 'Read me'], ['Period', 'Level', 'Area code', 'Area', 'Indicator key', 'Indicator', 'Value', 'Respondents (n)'], 'Wellbeing region', 'Feeling welcome'],
    ])('speaks %s: sheet names, headers, levels and indicator names', async (lang, sheets, headers, level, welcome) => {
      const workbook = await readWorkbook((await get(analyst04, `/api/exports/indicators.xlsx?level=region&period=${year}&lang=${lang}`).expect(200)).body);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(sheets);
      const sheet = workbook.worksheets[0];
      expect(headerOf(sheet).slice(0, 8)).toEqual(headers);
      expect(sheet.getRow(2).getCell(2).value).toBe(level);
      const names: unknown[] = [];
      sheet.eachRow((row) => names.push(row.getCell(6).value));
      expect(names).toContain(welcome);
      if (lang === 'en') {
        const share = workbook.worksheets[0].getRow(2).getCell(7).numFmt;
        expect(share).toBe('0.0%');
      }
    });

    it('has a Read-me sheet with the period, the suppression rule, the export time as a date and who exported it', async () => {
      const before = t.clock.now().getTime();
      const workbook = await readWorkbook((await get(analyst04, `/api/exports/indicators.xlsx?level=region&period=${year}&lang=en`).expect(200)).body);
      const readMe = workbook.getWorksheet('Read me')!;
      const items = new Map<string, ExcelJS.Cell>();
      readMe.eachRow((row) => items.set(String(row.getCell(1).value), row.getCell(2)));
      expect(items.get('Period')!.value).toBe(year);
      expect(String(items.get('Disclosure control')!.value)).toMatch(/^Figures of fewer than 5 respondents are suppressed/);
      expect(items.get('Exported by')!.value).toBe(analyst04Email);
      const exported = items.get('Exported')!;
      expect(exported.type).toBe(ExcelJS.ValueType.Date);
      // Finnish wall-clock time, two or three hours ahead of UTC.
      const offset = (exported.value as Date).getTime() - before;
      expect(offset).toBeGreaterThan(2 * 3600_000 - 60_000);
      expect(offset).toBeLessThan(3 * 3600_000 + 60_000);
      const codebook = workbook.getWorksheet('Codebook')!;
      const codes: unknown[] = [];
      codebook.eachRow((row) => codes.push(row.getCell(2).value));
      expect(codes).toEqual(expect.arrayContaining(['felt-welcome', 'suppressed', 'no-answers', 'region']));
    });

    it('writes names as text, never as formulas', async () => {
      const workbook = await readWorkbook((await get(admin, `/api/exports/indicators.xlsx?level=meeting-place&period=${year}`).expect(200)).body);
      const cells = allCells(workbook);
      expect(cells.filter((c) => c.value === FORMULA_NAME).map((c) => c.type)).toEqual(expect.arrayContaining([ExcelJS.ValueType.String]));
      expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    });

    it.each([
      ['level=county&period=2026', 'level'],
      ['level=region&period=2026-H9', 'period'],
      ['level=region&period=2026&lang=de', 'lang'],
      ['level=region&period=2026&dialect=excel-fi', 'dialect'],
    ])('?%s → 400 at %s', async (query, field) => {
      const res = await as(admin, request(t.http).get(`/api/exports/indicators.xlsx?${query}`)).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  describe('responses.xlsx', () => {
    it('has a code and a label column per question, typed cells, and no free-text column', async () => {
      const res = await get(analyst04, `/api/exports/responses.xlsx?survey=visitor-survey&period=${year}`).expect(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="kohtaamo-responses-visitor-survey-${year}.xlsx"`);
      const workbook = await readWorkbook(res.body);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Vastaukset', 'Koodikirja', 'Lue minut']);
      const sheet = workbook.getWorksheet('Vastaukset')!;
      const header = headerOf(sheet);
      expect(header.slice(0, 9)).toEqual([
        'Vastauksen tunniste', 'Kysely', 'Kyselyn versio', 'Kohtaamispaikan tunnus', 'Kohtaamispaikka',
        'Hyvinvointialueen koodi', 'Hyvinvointialue', 'Jakso', 'Vastauskieli',
      ]);
      expect(header).toEqual(expect.arrayContaining(['felt_welcome', 'felt_welcome (selite)', 'children_age_bands', 'children_age_bands (selite)']));
      expect(header.some((h) => h.startsWith('feedback_free_text'))).toBe(false);
      expect(sheet.rowCount).toBe(1 + 7);

      const column = (name: string) => header.indexOf(name) + 1;
      const rows = sheet.getRows(2, 7)!;
      expect(new Set(rows.map((r) => r.getCell(column('Kohtaamispaikan tunnus')).value))).toEqual(new Set(['book-vantaa', 'book-formula']));
      const first = rows.find((r) => r.getCell(column('felt_welcome')).value === 5)!;
      expect(first.getCell(column('felt_welcome')).type).toBe(ExcelJS.ValueType.Number);
      expect(first.getCell(column('felt_welcome (selite)')).value).toBe('Täysin samaa mieltä');
      expect(first.getCell(column('children_age_bands')).value).toBe('0-2|3-6');
      expect(first.getCell(column('children_age_bands (selite)')).value).toBe('0–2 vuotta|3–6 vuotta');
      expect(first.getCell(column('Kohtaamispaikka')).value).toBe('Koivukylän kohtaamo');
      expect(first.getCell(column('Hyvinvointialueen koodi'))).toMatchObject({ type: ExcelJS.ValueType.String, value: '04' });
      expect(first.getCell(column('Hyvinvointialue')).value).toBe('Vantaan ja Keravan hyvinvointialue');
      expect(first.getCell(column('Jakso')).type).toBe(ExcelJS.ValueType.String);
      expect(first.getCell(column('Kyselyn versio')).value).toBe(2);
      // Written answers (here one that looks like a formula and names a person) never leave.
      expect(allCells(workbook).some((c) => String(c.value).includes('Liisa'))).toBe(false);
      // A place name that looks like a formula stays text.
      const formula = rows.find((r) => r.getCell(column('Kohtaamispaikan tunnus')).value === 'book-formula')!;
      expect(formula.getCell(column('Kohtaamispaikka'))).toMatchObject({ type: ExcelJS.ValueType.String, value: FORMULA_NAME });
      expect(allCells(workbook).filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

      // The codebook describes every column of the responses sheet, in order.
      const codebook = workbook.getWorksheet('Koodikirja')!;
      const described: string[] = [];
      codebook.eachRow((row, n) => n > 1 && described.push(String(row.getCell(1).value)));
      expect(described).toEqual(header);
      const welcome = codebook.getRows(2, codebook.rowCount - 1)!.find((r) => r.getCell(1).value === 'felt_welcome')!;
      expect(String(welcome.getCell(4).value).split('\n')[0]).toBe('1 = Täysin eri mieltä');
      expect(welcome.getCell(5).value).toBe('1, 2, 3');
    });

    it('speaks Swedish and English in headers and labels', async () => {
      for (const [lang, place, label, welcome] of [
        ['sv', 'Mötesplats', 'felt_welcome (etikett)', 'Helt av samma åsikt'],
        ['en', 'Meeting place', 'felt_welcome (label)', 'Strongly agree'],
      ]) {
        const workbook = await readWorkbook((await get(admin, `/api/exports/responses.xlsx?survey=visitor-survey&period=${year}&lang=${lang}&meetingPlace=book-vantaa`).expect(200)).body);
        const sheet = workbook.worksheets[0];
        const header = headerOf(sheet);
        expect(header[4]).toBe(place);
        const labels = sheet.getColumn(header.indexOf(label) + 1).values;
        expect(labels).toContain(welcome);
      }
    });

    it('gives admins and region analysts their scope only, and nobody else', async () => {
      const rowsOf = async (session: TestSession, query = '') => (await readWorkbook((await get(session, `/api/exports/responses.xlsx?survey=visitor-survey&period=${year}${query}`).expect(200)).body)).worksheets[0].rowCount - 1;
      expect(await rowsOf(admin)).toBe(13);
      expect(await rowsOf(analyst08)).toBe(6);
      await get(analyst08, `/api/exports/responses.xlsx?survey=visitor-survey&period=${year}&region=04`).expect(403);
      await get(coordinator, `/api/exports/responses.xlsx?survey=visitor-survey&period=${year}`).expect(403);
      await get(steering, `/api/exports/responses.xlsx?survey=visitor-survey&period=${year}`).expect(403);
      await request(t.http).get(`/api/exports/responses.xlsx?survey=visitor-survey&period=${year}`).expect(401);
    });

    it('serves export tokens and audits every download, by token or by session', async () => {
      const created = await as(analyst04, request(t.http).post('/api/export-tokens')).send({ name: 'Excel', regionCode: '04' }).expect(201);
      const pulled = await binary(request(t.http).get(`/api/exports/responses.xlsx?survey=visitor-survey&period=${year}&lang=en`).set('Authorization', `Bearer ${created.body.token}`)).expect(200);
      expect((await readWorkbook(pulled.body)).worksheets[0].rowCount).toBe(1 + 7);
      const used = await as(admin, request(t.http).get('/api/audit-log?action=export-token.used')).expect(200);
      expect(used.body.items[0]).toMatchObject({ target: { type: 'export-token', id: created.body.id }, details: { export: 'responses.xlsx', survey: 'visitor-survey', lang: 'en' } });

      await get(analyst04, `/api/exports/indicators.xlsx?level=national&period=${year}`).expect(200);
      const downloaded = await as(admin, request(t.http).get('/api/audit-log?action=export.downloaded')).expect(200);
      expect(downloaded.body.items[0]).toMatchObject({ actor: { email: analyst04Email }, details: { export: 'indicators.xlsx', level: 'national', period: year } });
    });

    it('exports a period without answers as a header row, and refuses bad queries with problem+json', async () => {
      const workbook = await readWorkbook((await get(admin, '/api/exports/responses.xlsx?survey=visitor-survey&period=2001').expect(200)).body);
      expect(workbook.worksheets[0].rowCount).toBe(1);
      for (const [query, status] of [
        ['survey=visitor-survey&period=2026-H3', 400],
        ['survey=visitor-survey&period=2026&lang=fr', 400],
        ['survey=no-such&period=2026', 404],
        ['survey=visitor-survey&period=2026&meetingPlace=nowhere', 404],
      ] as const) {
        const res = await as(admin, request(t.http).get(`/api/exports/responses.xlsx?${query}`)).expect(status);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });
  });
});
