import request from 'supertest';
import { createMeetingPlace, createServiceArea } from '../factories/meeting-place.factory';
import { startTestApp, TestApp } from '../support/test-app';

describe('health and reference data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/health reports the database engine', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: t.database.engine });
  });

  it('GET /api/regions lists the 21 wellbeing regions and Helsinki with names in three languages', async () => {
    const res = await request(t.http).get('/api/regions').expect(200);
    expect(res.body).toHaveLength(22);
    expect(res.body.map((r: { code: string }) => r.code)).toEqual([
      ...Array.from({ length: 21 }, (_, i) => String(i + 1).padStart(2, '0')),
      '90',
    ]);
    expect(res.body[3]).toEqual({
      code: '04',
      name: {
        fi: 'Vantaan ja Keravan hyvinvointialue',
        sv: 'Vanda och Kervo välfärdsområde',
        en: 'Wellbeing services county of Vantaa and Kerava',
      },
    });
  });

  it('GET /api/municipalities lists municipalities with 3-digit codes as text, by region', async () => {
    const res = await request(t.http).get('/api/municipalities?region=04').expect(200);
    expect(res.body).toEqual([
      { code: '092', regionCode: '04', name: { fi: 'Vantaa', sv: 'Vanda', en: 'Vantaa' } },
      { code: '245', regionCode: '04', name: { fi: 'Kerava', sv: 'Kervo', en: 'Kerava' } },
    ]);
    const all = await request(t.http).get('/api/municipalities').expect(200);
    expect(all.body.length).toBeGreaterThanOrEqual(26);
    await request(t.http).get('/api/municipalities?region=55').expect(404);
  });

  it('seeds reference data idempotently: a second seeding changes nothing', async () => {
    const { SeedService } = await import('../../api/src/database/seeds/seed.service');
    await t.app.get(SeedService).run();
    const [{ count }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM region');
    expect(Number(count)).toBe(22);
    const [{ versions }] = await t.dataSource.query('SELECT COUNT(*) AS versions FROM survey_version');
    expect(Number(versions)).toBe(10);
  });

  it('without demo data there are no meeting places', async () => {
    const res = await request(t.http).get('/api/meeting-places?region=01').expect(200);
    expect(res.body).toEqual([]);
  });

  describe('meeting places', () => {
    let placeId: string;
    beforeAll(async () => {
      const area = await createServiceArea(t.dataSource, { id: 'vantaa-test-itainen', nameFi: 'Itäinen', nameSv: 'Östra', nameEn: 'Eastern' });
      const place = await createMeetingPlace(t.dataSource, {
        slug: 'testikyla',
        nameFi: 'Testikylän kohtaamispaikka',
        nameSv: 'Testby mötesplats',
        serviceAreaId: area.id,
        address: 'Testitie 1, 01360 Vantaa',
      });
      placeId = place.id;
      await createMeetingPlace(t.dataSource, { slug: 'tampere-test', municipalityCode: '837' });
    });

    it('lists the places of one region with codes as text', async () => {
      const res = await request(t.http).get('/api/meeting-places?region=04').expect(200);
      expect(res.body).toEqual([
        {
          id: placeId,
          slug: 'testikyla',
          name: { fi: 'Testikylän kohtaamispaikka', sv: 'Testby mötesplats', en: 'Testikylän kohtaamispaikka' },
          municipalityCode: '092',
          regionCode: '04',
          serviceArea: { id: 'vantaa-test-itainen', name: { fi: 'Itäinen', sv: 'Östra', en: 'Eastern' } },
          address: 'Testitie 1, 01360 Vantaa',
          organisations: [],
          active: true,
        },
      ]);
    });

    it('lists every place without a region filter', async () => {
      const res = await request(t.http).get('/api/meeting-places').expect(200);
      expect(res.body.map((p: { slug: string; regionCode: string }) => [p.slug, p.regionCode])).toEqual([
        ['tampere-test', '08'],
        ['testikyla', '04'],
      ]);
    });

    it('finds one place by slug and by id', async () => {
      const bySlug = await request(t.http).get('/api/meeting-places/testikyla').expect(200);
      const byId = await request(t.http).get(`/api/meeting-places/${placeId}`).expect(200);
      expect(byId.body).toEqual(bySlug.body);
      expect(bySlug.body.slug).toBe('testikyla');
    });

    it('answers 404 problem+json for an unknown place or region', async () => {
      const place = await request(t.http).get('/api/meeting-places/nowhere').expect(404);
      expect(place.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(place.body).toEqual({
        type: '/problems/meeting-place-not-found',
        title: 'Not Found',
        status: 404,
        detail: 'There is no meeting place "nowhere".',
      });
      const region = await request(t.http).get('/api/meeting-places?region=55').expect(404);
      expect(region.body.type).toBe('/problems/region-not-found');
    });

    it.each([['4'], ['abc'], ['004']])('answers 400 with field errors for region=%s', async (region) => {
      const res = await request(t.http).get(`/api/meeting-places?region=${region}`).expect(400);
      expect(res.body.errors).toEqual([{ field: 'region', message: 'region must be a two-digit region code such as 04', code: 'matches' }]);
    });

    it('rejects unknown query parameters', async () => {
      const res = await request(t.http).get('/api/meeting-places?regoin=04').expect(400);
      expect(res.body.errors).toEqual([{ field: 'regoin', message: 'property regoin should not exist', code: 'whitelist-validation' }]);
    });
  });

  it('answers unknown API paths with problem+json 404, never the web page', async () => {
    const res = await request(t.http).get('/api/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.status).toBe(404);
  });

  it('serves OpenAPI documentation generated from the DTOs', async () => {
    const res = await request(t.http).get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/regions',
        '/api/meeting-places',
        '/api/meeting-places/{slugOrId}',
        '/api/surveys',
        '/api/surveys/{key}/versions/{version}',
        '/api/responses',
      ]),
    );
    expect(res.body.components.schemas.CreateResponseDto.required).toEqual(
      expect.arrayContaining(['surveyKey', 'surveyVersion', 'meetingPlace', 'clientResponseId', 'locale', 'answers']),
    );
    await request(t.http).get('/api/docs').expect(200).expect('content-type', /html/);
  });
});
