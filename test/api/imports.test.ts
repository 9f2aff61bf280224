import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SurveyResponse } from '../../api/src/responses/survey-response.entity';
import { CollectionRound } from '../../api/src/rounds/collection-round.entity';
import { RoundsService } from '../../api/src/rounds/rounds.service';
import { createMeetingPlace, createServiceArea } from '../factories/meeting-place.factory';
import { createUser } from '../factories/user.factory';
import { expectedExportTexts, storedExportTexts } from '../support/export-texts';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

const csv = (lines: string[]) => lines.join('\r\n') + '\r\n';

describe('CSV imports', () => {
  let t: TestApp;
  let analyst: TestSession;

  beforeAll(async () => {
    t = await startTestApp();
    await createServiceArea(t.dataSource, { id: 'vantaa-import-itainen', municipalityCode: '092' });
    await createMeetingPlace(t.dataSource, { slug: 'import-koivu', municipalityCode: '092' });
    const user = await createUser(t, 'region-analyst', { regions: ['04'] });
    analyst = await logIn(t, user.email, user.password);
  });
  afterAll(() => t.close());

  const send = (path: string, body: string, session = analyst) =>
    as(session, request(t.http).post(path)).set('Content-Type', 'text/csv').send(body);
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  describe('meeting-place registry', () => {
    const header = 'record_type,code,name_fi,name_sv,name_en,region_code,municipality_code,service_area,address,active';
    const good = [
      'service-area,kerava-import-pohjoinen,Pohjoinen,Norra,North,,245,,,true',
      'meeting-place,import-kerava,Keravan kohtaamo,Kervo mötesplats,,,245,kerava-import-pohjoinen,Kauppakaari 1,true',
      'meeting-place,import-koivu,Koivukylän kohtaamo (uusi nimi),,,,092,vantaa-import-itainen,,true',
    ];
    const bad = [
      'meeting-place,Bad Slug!,Nimi,,,,092,,,true', // line 5: code format
      'meeting-place,import-nowhere,Nimi,,,,999,,,true', // line 6: unknown municipality
      'meeting-place,import-wrong-area,Nimi,,,,245,vantaa-import-itainen,,true', // line 7: area of another municipality
      'meeting-place,import-tampere,Tampereen paikka,,,,837,,,true', // line 8: outside the analyst's region
      'meeting-place,import-kerava,Kaksoiskappale,,,,245,,,true', // line 9: duplicate of line 3
      'service-area,,,,,,245,,,maybe', // line 10: no code, no name, bad active
    ];

    it('previews every row, reports each bad row with its line and reason, and applies nothing', async () => {
      const file = csv([header, ...good, ...bad]);
      const preview = await send('/api/imports/registry?mode=preview', file).expect(200);
      expect(preview.body.applied).toBe(false);
      expect(preview.body.summary).toEqual({ create: 2, update: 1, unchanged: 0, error: 6 });
      const errorsByLine = Object.fromEntries(
        preview.body.rows.filter((r: { action: string }) => r.action === 'error').map((r: { line: number; errors: { field: string }[] }) => [r.line, r.errors.map((e) => e.field)]),
      );
      expect(errorsByLine).toEqual({
        5: ['code'],
        6: ['municipality_code'],
        7: ['service_area'],
        8: ['code'],
        9: ['code'],
        10: ['code', 'name_fi', 'active'],
      });
      const places = await count('meeting_place');
      const apply = await send('/api/imports/registry?mode=apply', file).expect(400);
      expect(apply.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(apply.body.errors).toContainEqual({ field: 'line 6: municipality_code', message: 'there is no municipality 999', code: 'invalid' });
      expect(await count('meeting_place')).toBe(places);
      expect(await count('service_area')).toBe(1);
    });

    it('applies the fixed file fully, and importing it again changes nothing', async () => {
      const file = csv([header, ...good]);
      const applied = await send('/api/imports/registry?mode=apply', file).expect(200);
      expect(applied.body).toMatchObject({ applied: true, summary: { create: 2, update: 1, unchanged: 0, error: 0 } });
      const place = await request(t.http).get('/api/meeting-places/import-kerava').expect(200);
      expect(place.body).toMatchObject({ municipalityCode: '245', regionCode: '04', serviceArea: { id: 'kerava-import-pohjoinen' }, address: 'Kauppakaari 1' });
      expect((await request(t.http).get('/api/meeting-places/import-koivu').expect(200)).body.name.fi).toBe('Koivukylän kohtaamo (uusi nimi)');
      const again = await send('/api/imports/registry?mode=apply', file).expect(200);
      expect(again.body.summary).toEqual({ create: 0, update: 0, unchanged: 3, error: 0 });
    });

    it('reads the Excel dialect (BOM, semicolons)', async () => {
      const file = '\uFEFF' + csv([header.replaceAll(',', ';'), 'meeting-place;import-excel;Excel-paikka;;;;092;;;true']);
      const res = await send('/api/imports/registry?mode=preview&dialect=excel-fi', file).expect(200);
      expect(res.body.summary).toEqual({ create: 1, update: 0, unchanged: 0, error: 0 });
    });

    it('reports a wrong header as a file error', async () => {
      const res = await send('/api/imports/registry?mode=preview', csv(['record_type,code,nimi', 'x,y,z'])).expect(200);
      expect(res.body.fileErrors.map((e: { field: string }) => e.field)).toEqual(['name_fi', 'nimi']);
      await send('/api/imports/registry?mode=apply', csv(['record_type,code,nimi', 'x,y,z'])).expect(400);
    });
  });

  describe('paper responses', () => {
    const header = 'paper_id,survey_version,meeting_place,locale,received_on,mood,respondent,reason';
    const good = ['P-001,1,import-koivu,fi,2026-03-02,3,child,played|met-friends', 'P-002,1,import-koivu,sv,2026-03-02,1,parent,'];
    const bad = [
      'P-003,1,import-koivu,fi,2026-03-02,4,child,', // line 4: mood outside 1–3
      'P-004,1,no-such-place,fi,2026-03-02,2,,', // line 5: unknown place
      'P-005,1,import-koivu,fi,2026-02-30,2,,', // line 6: bad date
      'P-006,1,import-koivu,fi,2026-03-02,,,', // line 7: mood is required
      'P-001,1,import-koivu,fi,2026-03-02,2,,', // line 8: duplicate paper id
    ];

    it('validates each row with the online validator and stores nothing while any row is bad', async () => {
      const file = csv([header, ...good, ...bad]);
      const preview = await send('/api/imports/responses?survey=instant-feedback&mode=preview', file).expect(200);
      const errors = preview.body.rows.flatMap((r: { errors: { line: number; field: string; message: string }[] }) => r.errors);
      expect(errors).toEqual([
        { line: 4, field: 'mood', message: 'The answer must be one of 1, 2, 3.' },
        { line: 5, field: 'meeting_place', message: 'there is no meeting place "no-such-place"' },
        { line: 6, field: 'received_on', message: 'must be a date such as 2026-03-15' },
        { line: 7, field: 'mood', message: 'Response required.' },
        { line: 8, field: 'paper_id', message: 'appears already on line 2' },
      ]);
      const before = await count('response');
      await send('/api/imports/responses?survey=instant-feedback&mode=apply', file).expect(400);
      expect(await count('response')).toBe(before);
    });

    it('applies the fixed file in one go, with stable ids: a re-import stores nothing twice', async () => {
      const file = csv([header, ...good]);
      const before = await count('response');
      const applied = await send('/api/imports/responses?survey=instant-feedback&mode=apply', file).expect(200);
      expect(applied.body.summary).toEqual({ create: 2, update: 0, unchanged: 0, error: 0 });
      expect(await count('response')).toBe(before + 2);
      const rows = await t.dataSource.query("SELECT period_year, period_half, locale FROM response WHERE survey_key = 'instant-feedback' ORDER BY locale");
      expect(rows.map((r: { period_year: number; period_half: number; locale: string }) => [Number(r.period_year), Number(r.period_half), r.locale])).toEqual([
        [2026, 1, 'fi'],
        [2026, 1, 'sv'],
      ]);
      // Paper forms carry their export-ready texts as online answers do.
      const imported = await t.dataSource.getRepository(SurveyResponse).find({ where: { surveyKey: 'instant-feedback' } });
      expect(imported.map(storedExportTexts)).toEqual(await expectedExportTexts(t.dataSource, imported));
      expect(imported.map((r) => r.exportRfc4180)).toEqual(expect.arrayContaining([expect.stringMatching(/,child,played\|met-friends$/)]));
      const again = await send('/api/imports/responses?survey=instant-feedback&mode=apply', file).expect(200);
      expect(again.body.summary).toEqual({ create: 0, update: 0, unchanged: 2, error: 0 });
      expect(await count('response')).toBe(before + 2);
      const changed = csv([header, 'P-001,1,import-koivu,fi,2026-03-02,2,child,played|met-friends']);
      const conflict = await send('/api/imports/responses?survey=instant-feedback&mode=preview', changed).expect(200);
      expect(conflict.body.rows[0].errors).toEqual([{ line: 2, field: 'paper_id', message: 'was imported before with different answers' }]);
    });

    it("takes a round-collected survey's forms only on its rounds' days, reading the rounds once for the whole file", async () => {
      const place = await t.dataSource.query("SELECT id FROM meeting_place WHERE slug = 'import-koivu'");
      // 1–10 March, closed early at the end of the 5th (Helsinki time).
      await t.dataSource.getRepository(CollectionRound).insert({
        id: randomUUID(),
        meetingPlaceId: place[0].id,
        surveyKey: 'huomaa-minut',
        startsOn: '2026-03-01',
        endsOn: '2026-03-10',
        closedAt: new Date('2026-03-05T20:00:00Z'),
        reopenCount: 0,
        createdBy: null,
        createdAt: new Date('2026-02-01T10:00:00Z'),
      });
      const rounds = t.app.get(RoundsService);
      const roundsAt = jest.spyOn(rounds, 'roundsAt');
      const roundOn = jest.spyOn(rounds, 'roundOn');
      const file = csv([
        'paper_id,survey_version,meeting_place,locale,received_on,feels_here',
        'H-001,2,import-koivu,fi,2026-03-03,3', // in the round
        'H-002,2,import-koivu,fi,2026-03-05,2', // its last day, as closed
        'H-003,2,import-koivu,fi,2026-03-08,1', // after it was closed
        'H-004,2,import-koivu,fi,2026-03-20,2', // no round
      ]);
      const preview = await send('/api/imports/responses?survey=huomaa-minut&mode=preview', file).expect(200);
      expect(preview.body.rows.map((r: { line: number; action: string; errors: { field: string }[] }) => [r.line, r.action, r.errors.map((e) => e.field)])).toEqual([
        [2, 'create', []],
        [3, 'create', []],
        [4, 'error', ['received_on']],
        [5, 'error', ['received_on']],
      ]);
      expect(roundsAt).toHaveBeenCalledTimes(1);
      expect(roundOn).not.toHaveBeenCalled();
      roundsAt.mockRestore();
      roundOn.mockRestore();
    });

    it('refuses other media types and empty files', async () => {
      await as(analyst, request(t.http).post('/api/imports/responses?survey=instant-feedback&mode=preview')).send({ csv: 'x' }).expect(400);
      await send('/api/imports/responses?survey=instant-feedback&mode=preview', '').expect(400);
      await send('/api/imports/responses?survey=instant-feedback&mode=dry-run', csv([header])).expect(400);
    });
  });
});
