import request from 'supertest';
import { MeetingPlace } from '../../api/src/organisations/meeting-place.entity';
import { createMeetingPlace, createServiceArea } from '../factories/meeting-place.factory';
import { visitorSurveyBody } from '../factories/response.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(30_000);

describe('managing meeting places and service areas', () => {
  let t: TestApp;
  let admin: TestSession;
  let analyst: TestSession;
  let coordinator: TestSession;
  let steering: TestSession;
  let ownPlace: MeetingPlace;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createServiceArea(t.dataSource, { id: 'mp-itainen', municipalityCode: '092', nameFi: 'Itäinen', nameSv: 'Östra', nameEn: 'Eastern' });
    await createServiceArea(t.dataSource, { id: 'mp-kerava', municipalityCode: '245' });
    await createServiceArea(t.dataSource, { id: 'mp-closed', municipalityCode: '092', active: false });
    ownPlace = await createMeetingPlace(t.dataSource, { slug: 'oma-paikka', municipalityCode: '092' });
    const adminUser = await createUser(t, 'admin');
    adminId = adminUser.id;
    admin = await logIn(t, adminUser.email, TEST_PASSWORD);
    analyst = await logIn(t, (await createUser(t, 'region-analyst', { regions: ['04'] })).email, TEST_PASSWORD);
    coordinator = await logIn(t, (await createUser(t, 'coordinator', { meetingPlaces: [ownPlace] })).email, TEST_PASSWORD);
    steering = await logIn(t, (await createUser(t, 'steering-group', { meetingPlaces: [ownPlace] })).email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const createPlace = (session: TestSession, body: object) => as(session, request(t.http).post('/api/meeting-places')).send(body);
  const editPlace = (session: TestSession, slug: string, body: object) =>
    as(session, request(t.http).patch(`/api/meeting-places/${slug}`)).send(body);

  describe('POST /api/meeting-places', () => {
    it('creates a place and answers 201 with the place exactly as GET lists it', async () => {
      const res = await createPlace(admin, {
        slug: 'uusi-kohtaamo',
        name: { fi: 'Uusi kohtaamo', sv: 'Nya mötesplatsen' },
        municipalityCode: '092',
        serviceArea: 'mp-itainen',
        address: 'Uusitie 1, 01360 Vantaa',
        organisations: [
          { name: 'MLL Uusimaa', type: 'ngo' },
          { name: 'Vantaan seurakuntayhtymä', type: 'parish' },
        ],
      }).expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        slug: 'uusi-kohtaamo',
        name: { fi: 'Uusi kohtaamo', sv: 'Nya mötesplatsen', en: 'Uusi kohtaamo' },
        municipalityCode: '092',
        regionCode: '04',
        serviceArea: { id: 'mp-itainen', name: { fi: 'Itäinen', sv: 'Östra', en: 'Eastern' } },
        address: 'Uusitie 1, 01360 Vantaa',
        organisations: [
          { name: 'MLL Uusimaa', type: 'ngo' },
          { name: 'Vantaan seurakuntayhtymä', type: 'parish' },
        ],
        active: true,
      });
      const listed = await request(t.http).get('/api/meeting-places?region=04').expect(200);
      expect(listed.body.find((p: { slug: string }) => p.slug === 'uusi-kohtaamo')).toEqual(res.body);
      // Families can answer at once.
      await request(t.http).post('/api/responses').send(visitorSurveyBody('uusi-kohtaamo')).expect(201);
    });

    it('reuses an organisation of the same name', async () => {
      await createPlace(admin, { slug: 'org-a', name: { fi: 'A' }, municipalityCode: '092', organisations: [{ name: 'Yhteinen ry', type: 'ngo' }] }).expect(201);
      await createPlace(admin, { slug: 'org-b', name: { fi: 'B' }, municipalityCode: '092', organisations: [{ name: 'Yhteinen ry', type: 'ngo' }] }).expect(201);
      const [{ n }] = await t.dataSource.query("SELECT COUNT(*) AS n FROM organisation WHERE name = 'Yhteinen ry'");
      expect(Number(n)).toBe(1);
    });

    it('answers 409 for a slug that is taken', async () => {
      const res = await createPlace(admin, { slug: 'oma-paikka', name: { fi: 'Toinen' }, municipalityCode: '092' }).expect(409);
      expect(res.body).toEqual({
        type: '/problems/slug-taken',
        title: 'Conflict',
        status: 409,
        detail: 'There is already a meeting place with slug "oma-paikka".',
      });
    });

    it.each([
      [{ municipalityCode: '999' }, [{ field: 'municipalityCode', message: 'There is no municipality with code "999".', code: 'unknown-municipality' }]],
      [{ municipalityCode: '92' }, [{ field: 'municipalityCode', message: 'municipalityCode must be a three-digit municipality code such as 092', code: 'matches' }]],
      [{ serviceArea: 'nowhere' }, [{ field: 'serviceArea', message: 'There is no service area "nowhere".', code: 'unknown-service-area' }]],
      [{ serviceArea: 'mp-kerava' }, [{ field: 'serviceArea', message: 'Service area "mp-kerava" is in municipality 245, not 092.', code: 'service-area-elsewhere' }]],
      [{ serviceArea: 'mp-closed' }, [{ field: 'serviceArea', message: 'Service area "mp-closed" is no longer active.', code: 'service-area-inactive' }]],
      [{ slug: 'Not A Slug' }, [{ field: 'slug', message: 'slug must be lower-case letters, digits and single hyphens, such as koivukyla', code: 'matches' }]],
      [{ name: { sv: 'Bara svenska' } }, [
        { field: 'name.fi', message: 'fi must be longer than or equal to 1 characters', code: 'is-length' },
        { field: 'name.fi', message: 'fi must be a string', code: 'is-string' },
      ]],
      [{ organisations: [{ name: 'X', type: 'company' }] }, [{ field: 'organisations.0.type', message: 'type must be one of city, ngo, parish, other', code: 'is-in' }]],
    ])('answers 400 for %j', async (override, errors) => {
      const res = await createPlace(admin, { slug: 'virheellinen', name: { fi: 'Virhe' }, municipalityCode: '092', ...override }).expect(400);
      expect(res.body.errors).toEqual(errors);
    });

    it('lets a region analyst add places in its own region only', async () => {
      await createPlace(analyst, { slug: 'kerava-uusi', name: { fi: 'Keravan uusi' }, municipalityCode: '245', serviceArea: 'mp-kerava' }).expect(201);
      const res = await createPlace(analyst, { slug: 'tampere-uusi', name: { fi: 'Tampereen uusi' }, municipalityCode: '837' }).expect(403);
      expect(res.body.type).toBe('/problems/out-of-scope');
    });

    it('is refused to coordinators and steering groups', async () => {
      const res = await createPlace(coordinator, { slug: 'ei-sallittu', name: { fi: 'Ei' }, municipalityCode: '092' }).expect(403);
      expect(res.body.type).toBe('/problems/role-not-allowed');
      await createPlace(steering, { slug: 'ei-sallittu', name: { fi: 'Ei' }, municipalityCode: '092' }).expect(403);
    });
  });

  describe('PATCH /api/meeting-places/:slugOrId', () => {
    it('lets the coordinator edit the name, address and organisations of its own place', async () => {
      const res = await editPlace(coordinator, 'oma-paikka', {
        name: { fi: 'Oma paikka', en: 'Our place' },
        address: 'Kotikatu 5',
        organisations: [{ name: 'Loisto Setlementti ry', type: 'ngo' }],
      }).expect(200);
      expect(res.body).toMatchObject({
        slug: 'oma-paikka',
        name: { fi: 'Oma paikka', sv: 'Oma paikka', en: 'Our place' },
        address: 'Kotikatu 5',
        organisations: [{ name: 'Loisto Setlementti ry', type: 'ngo' }],
      });
      const cleared = await editPlace(coordinator, ownPlace.id, { address: null }).expect(200);
      expect(cleared.body.address).toBeNull();
    });

    it("refuses the coordinator the place's structure and other places", async () => {
      const structure = await editPlace(coordinator, 'oma-paikka', { active: false }).expect(403);
      expect(structure.body.detail).toBe("Only an admin or the region's analyst can change a place's municipality, service area or status.");
      await editPlace(coordinator, 'oma-paikka', { serviceArea: 'mp-itainen' }).expect(403);
      const other = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
      await editPlace(coordinator, other.slug, { address: 'x' }).expect(403);
      await editPlace(steering, 'oma-paikka', { address: 'x' }).expect(403);
    });

    it('lets an analyst move a place between service areas and municipalities of its region, not out of it', async () => {
      const place = await createMeetingPlace(t.dataSource, { municipalityCode: '092', serviceAreaId: 'mp-itainen' });
      const mismatch = await editPlace(analyst, place.slug, { municipalityCode: '245' }).expect(400);
      expect(mismatch.body.errors).toEqual([{ field: 'serviceArea', message: 'Service area "mp-itainen" is in municipality 092, not 245.', code: 'service-area-elsewhere' }]);
      const moved = await editPlace(analyst, place.slug, { municipalityCode: '245', serviceArea: 'mp-kerava' }).expect(200);
      expect(moved.body).toMatchObject({ municipalityCode: '245', regionCode: '04', serviceArea: { id: 'mp-kerava' } });
      const out = await editPlace(analyst, place.slug, { municipalityCode: '837', serviceArea: null }).expect(403);
      expect(out.body.type).toBe('/problems/out-of-scope');
      await editPlace(analyst, place.slug, { municipalityCode: '999' }).expect(400);
      const tampere = await createMeetingPlace(t.dataSource, { municipalityCode: '837' });
      await editPlace(analyst, tampere.slug, { address: 'x' }).expect(403);
    });

    it('deactivates a place: its data stays, it stops collecting answers, and it can come back', async () => {
      const place = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
      await request(t.http).post('/api/responses').send(visitorSurveyBody(place.slug)).expect(201);
      const res = await editPlace(admin, place.slug, { active: false }).expect(200);
      expect(res.body.active).toBe(false);
      await request(t.http).get(`/api/meeting-places/${place.slug}`).expect(200);
      await request(t.http).post('/api/responses').send(visitorSurveyBody(place.slug)).expect(400);
      const [{ n }] = await t.dataSource.query(
        `SELECT COUNT(*) AS n FROM response WHERE meeting_place_id = ${t.database.engine === 'postgres' ? '$1' : '?'}`,
        [place.id],
      );
      expect(Number(n)).toBe(1);
      await editPlace(admin, place.slug, { active: true }).expect(200);
    });

    it('never changes the slug, and answers 404 for an unknown place', async () => {
      const res = await editPlace(admin, 'oma-paikka', { slug: 'uusi-nimi' }).expect(400);
      expect(res.body.errors).toEqual([{ field: 'slug', message: 'property slug should not exist', code: 'whitelist-validation' }]);
      await editPlace(admin, 'ei-ole', { address: 'x' }).expect(404);
    });

    it('records who changed which fields', async () => {
      const place = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
      await editPlace(admin, place.slug, { address: 'Uusi osoite 1', active: false }).expect(200);
      await editPlace(admin, place.slug, { address: 'Uusi osoite 1' }).expect(200);
      const log = await as(admin, request(t.http).get('/api/audit-log?action=meeting-place.updated')).expect(200);
      const mine = log.body.items.filter((e: { target: { id: string } }) => e.target.id === place.slug);
      expect(mine).toEqual([
        {
          id: expect.any(Number),
          occurredAt: expect.any(String),
          actor: { id: adminId, email: expect.any(String) },
          action: 'meeting-place.updated',
          target: { type: 'meeting-place', id: place.slug },
          details: { changed: ['address', 'active'] },
        },
      ]);
    });
  });

  describe('service areas', () => {
    it('lists service areas with their region, inactive ones included, for any logged-in role', async () => {
      const res = await as(steering, request(t.http).get('/api/service-areas?municipality=092')).expect(200);
      expect(res.body.map((a: { id: string; active: boolean }) => [a.id, a.active])).toEqual(
        expect.arrayContaining([
          ['mp-closed', false],
          ['mp-itainen', true],
        ]),
      );
      expect(res.body.find((a: { id: string }) => a.id === 'mp-itainen')).toEqual({
        id: 'mp-itainen',
        municipalityCode: '092',
        regionCode: '04',
        name: { fi: 'Itäinen', sv: 'Östra', en: 'Eastern' },
        active: true,
      });
      await request(t.http).get('/api/service-areas').expect(401);
    });

    it('creates, renames and deactivates a service area; a duplicate id is 409, an unknown municipality 400', async () => {
      const created = await as(analyst, request(t.http).post('/api/service-areas'))
        .send({ id: 'kerava-etela', municipalityCode: '245', name: { fi: 'Eteläinen' } })
        .expect(201);
      expect(created.body).toEqual({
        id: 'kerava-etela',
        municipalityCode: '245',
        regionCode: '04',
        name: { fi: 'Eteläinen', sv: 'Eteläinen', en: 'Eteläinen' },
        active: true,
      });
      const dup = await as(admin, request(t.http).post('/api/service-areas')).send({ id: 'kerava-etela', municipalityCode: '245', name: { fi: 'X' } }).expect(409);
      expect(dup.body.type).toBe('/problems/service-area-id-taken');
      const unknown = await as(admin, request(t.http).post('/api/service-areas')).send({ id: 'x-alue', municipalityCode: '999', name: { fi: 'X' } }).expect(400);
      expect(unknown.body.errors).toEqual([{ field: 'municipalityCode', message: 'There is no municipality with code "999".', code: 'unknown-municipality' }]);

      const renamed = await as(analyst, request(t.http).patch('/api/service-areas/kerava-etela'))
        .send({ name: { fi: 'Eteläinen palvelualue', sv: 'Södra serviceområdet' }, active: false })
        .expect(200);
      expect(renamed.body).toMatchObject({ name: { fi: 'Eteläinen palvelualue', sv: 'Södra serviceområdet' }, active: false });
      await as(admin, request(t.http).patch('/api/service-areas/nowhere')).send({ active: false }).expect(404);
    });

    it('keeps analysts and place roles to their scope', async () => {
      await as(analyst, request(t.http).post('/api/service-areas')).send({ id: 'tampere-x', municipalityCode: '837', name: { fi: 'X' } }).expect(403);
      await createServiceArea(t.dataSource, { id: 'tampere-y', municipalityCode: '837' });
      await as(analyst, request(t.http).patch('/api/service-areas/tampere-y')).send({ active: false }).expect(403);
      await as(coordinator, request(t.http).patch('/api/service-areas/mp-itainen')).send({ active: false }).expect(403);
    });
  });
});
