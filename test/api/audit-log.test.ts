import request from 'supertest';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(30_000);

describe('GET /api/audit-log', () => {
  let t: TestApp;
  let admin: TestSession;
  let adminId: string;
  let adminEmail: string;

  beforeAll(async () => {
    t = await startTestApp();
    const user = await createUser(t, 'admin');
    adminId = user.id;
    adminEmail = user.email;
    admin = await logIn(t, user.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('records who did what and when, newest first: logins, user and place changes, logouts', async () => {
    const place = await createMeetingPlace(t.dataSource, { slug: 'audit-place' });
    const created = await as(admin, request(t.http).post('/api/users'))
      .send({ email: 'audited@kohtaamo.example', role: 'steering-group', scope: { meetingPlaces: ['audit-place'] } })
      .expect(201);
    await as(admin, request(t.http).patch('/api/meeting-places/audit-place')).send({ address: 'Auditointitie 1' }).expect(200);
    await as(admin, request(t.http).post('/api/meeting-places')).send({ slug: 'audit-new', name: { fi: 'Uusi' }, municipalityCode: '092' }).expect(201);

    const before = Date.now();
    const res = await as(admin, request(t.http).get('/api/audit-log?pageSize=4')).expect(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 4, total: 4 });
    expect(res.body.items.map((e: { action: string; target: unknown; actor: unknown }) => [e.action, e.target, e.actor])).toEqual([
      ['meeting-place.created', { type: 'meeting-place', id: 'audit-new' }, { id: adminId, email: adminEmail }],
      ['meeting-place.updated', { type: 'meeting-place', id: 'audit-place' }, { id: adminId, email: adminEmail }],
      ['user.created', { type: 'user', id: created.body.id }, { id: adminId, email: adminEmail }],
      ['auth.login', { type: 'user', id: adminId }, { id: adminId, email: adminEmail }],
    ]);
    expect(res.body.items[2].details).toEqual({ role: 'steering-group', scope: { regions: [], meetingPlaces: ['audit-place'] } });
    const newest = new Date(res.body.items[0].occurredAt).getTime();
    expect(Math.abs(newest - before)).toBeLessThan(60_000);
    expect(place.slug).toBe('audit-place');
  });

  it('pages and filters by action', async () => {
    for (let i = 0; i < 3; i++) await request(t.http).post('/api/auth/login').send({ email: `nobody${i}@kohtaamo.example`, password: 'x' }).expect(401);
    const page1 = await as(admin, request(t.http).get('/api/audit-log?action=auth.login-failed&pageSize=2')).expect(200);
    const page2 = await as(admin, request(t.http).get('/api/audit-log?action=auth.login-failed&pageSize=2&page=2')).expect(200);
    expect(page1.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page1.body.items).toHaveLength(2);
    expect(page2.body.items).toHaveLength(1);
    const ids = [...page1.body.items, ...page2.body.items].map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page2.body.items[0]).toMatchObject({ action: 'auth.login-failed', actor: null, target: null, details: { reason: 'unknown-email' } });
  });

  it.each([
    ['pageSize=500', 'pageSize', 'pageSize must not be greater than 200', 'max'],
    ['page=0', 'page', 'page must not be less than 1', 'min'],
    ['action=DROP TABLE', 'action', 'action must be an action such as auth.login', 'matches'],
  ])('answers 400 for %s', async (query, field, message, code) => {
    const res = await as(admin, request(t.http).get(`/api/audit-log?${query}`)).expect(400);
    expect(res.body.errors).toEqual([{ field, message, code }]);
  });
});
