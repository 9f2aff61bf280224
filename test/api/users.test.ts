import request from 'supertest';
import { MeetingPlace } from '../../api/src/organisations/meeting-place.entity';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { as, logIn, sessionFrom, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(30_000);

describe('users API', () => {
  let t: TestApp;
  let vantaa: MeetingPlace;
  let kerava: MeetingPlace;
  let tampere: MeetingPlace;
  let admin: TestSession;
  let analyst: TestSession;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    vantaa = await createMeetingPlace(t.dataSource, { slug: 'users-vantaa', municipalityCode: '092' });
    kerava = await createMeetingPlace(t.dataSource, { slug: 'users-kerava', municipalityCode: '245' });
    tampere = await createMeetingPlace(t.dataSource, { slug: 'users-tampere', municipalityCode: '837' });
    const adminUser = await createUser(t, 'admin');
    adminId = adminUser.id;
    admin = await logIn(t, adminUser.email, TEST_PASSWORD);
    analyst = await logIn(t, (await createUser(t, 'region-analyst', { regions: ['04'] })).email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const post = (session: TestSession, body: object) => as(session, request(t.http).post('/api/users')).send(body);
  const patch = (session: TestSession, id: string, body: object) => as(session, request(t.http).patch(`/api/users/${id}`)).send(body);
  let n = 0;
  const email = () => `person-${++n}@users.kohtaamo.example`;

  it('creates an account with a temporary password that must be changed at first login', async () => {
    const address = email();
    const res = await post(admin, { email: address.toUpperCase(), role: 'coordinator', scope: { meetingPlaces: ['users-vantaa', kerava.id] } }).expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email: address,
      role: 'coordinator',
      scope: { regions: [], meetingPlaces: ['users-kerava', 'users-vantaa'] },
      active: true,
      mustChangePassword: true,
      locked: false,
      createdAt: expect.any(String),
      lastLoginAt: null,
      temporaryPassword: expect.stringMatching(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/),
    });

    const first = await request(t.http).post('/api/auth/login').send({ email: address, password: res.body.temporaryPassword }).expect(200);
    expect(first.body.mustChangePassword).toBe(true);
    const session = sessionFrom(first.headers['set-cookie'] as unknown as string[]);
    await as(session, request(t.http).get('/api/service-areas')).expect(403);
    await as(session, request(t.http).post('/api/auth/password'))
      .send({ currentPassword: res.body.temporaryPassword, newPassword: 'my own long password' })
      .expect(204);
    const listed = await as(admin, request(t.http).get(`/api/users/${res.body.id}`)).expect(200);
    expect(listed.body).toMatchObject({ mustChangePassword: false, lastLoginAt: expect.any(String) });
    expect(listed.body.temporaryPassword).toBeUndefined();
  });

  it('answers 409 for an email that already has an account, whatever its letter case', async () => {
    const address = email();
    await post(admin, { email: address, role: 'admin' }).expect(201);
    const res = await post(admin, { email: address.toUpperCase(), role: 'admin' }).expect(409);
    expect(res.body.type).toBe('/problems/email-taken');
  });

  it.each([
    [{ role: 'region-analyst' }, [{ field: 'scope.regions', message: 'A region-analyst needs at least one region.', code: 'region-required' }]],
    [{ role: 'coordinator', scope: { regions: ['04'] } }, [
      { field: 'scope.regions', message: 'A coordinator has no regions.', code: 'regions-not-allowed' },
      { field: 'scope.meetingPlaces', message: 'A coordinator needs at least one meeting place.', code: 'meeting-place-required' },
    ]],
    [{ role: 'admin', scope: { meetingPlaces: ['users-vantaa'] } }, [{ field: 'scope.meetingPlaces', message: 'An admin has no meeting places.', code: 'meeting-places-not-allowed' }]],
    [{ role: 'steering-group', scope: { meetingPlaces: ['nowhere'] } }, [{ field: 'scope.meetingPlaces', message: 'There is no meeting place "nowhere".', code: 'unknown-meeting-place' }]],
    [{ role: 'region-analyst', scope: { regions: ['55'] } }, [{ field: 'scope.regions', message: 'There is no region "55".', code: 'unknown-region' }]],
    [{ role: 'superuser' }, [{ field: 'role', message: 'role must be one of admin, region-analyst, coordinator, steering-group', code: 'is-in' }]],
    [{ role: 'admin', email: 'not-an-email' }, [{ field: 'email', message: 'email must be an email address', code: 'is-email' }]],
    [{ role: 'coordinator', scope: [] }, [{ field: 'scope', message: 'scope must be an object', code: 'is-object' }]],
  ])('answers 400 for a scope that does not fit the role: %j', async (body, errors) => {
    const res = await post(admin, { email: email(), ...body }).expect(400);
    expect(res.body.errors).toEqual(errors);
  });

  describe('a region analyst', () => {
    it('creates coordinator and steering-group accounts for places in its regions only', async () => {
      await post(analyst, { email: email(), role: 'steering-group', scope: { meetingPlaces: ['users-vantaa', 'users-kerava'] } }).expect(201);
      const outside = await post(analyst, { email: email(), role: 'coordinator', scope: { meetingPlaces: ['users-tampere'] } }).expect(403);
      expect(outside.body.type).toBe('/problems/out-of-scope');
      await post(analyst, { email: email(), role: 'coordinator', scope: { meetingPlaces: ['users-vantaa', 'users-tampere'] } }).expect(403);
      await post(analyst, { email: email(), role: 'admin' }).expect(403);
      await post(analyst, { email: email(), role: 'region-analyst', scope: { regions: ['04'] } }).expect(403);
    });

    it('lists only the accounts it manages; an admin lists all', async () => {
      const inside = await createUser(t, 'coordinator', { meetingPlaces: [vantaa] });
      const mixed = await createUser(t, 'coordinator', { meetingPlaces: [vantaa, tampere] });
      const other = await createUser(t, 'steering-group', { meetingPlaces: [tampere] });
      const peer = await createUser(t, 'region-analyst', { regions: ['04'] });
      const byAnalyst: string[] = (await as(analyst, request(t.http).get('/api/users')).expect(200)).body.map((u: { id: string }) => u.id);
      expect(byAnalyst).toContain(inside.id);
      expect(byAnalyst).not.toEqual(expect.arrayContaining([mixed.id]));
      expect(byAnalyst).not.toEqual(expect.arrayContaining([other.id]));
      expect(byAnalyst).not.toEqual(expect.arrayContaining([peer.id]));
      expect(byAnalyst).not.toEqual(expect.arrayContaining([adminId]));
      const byAdmin: string[] = (await as(admin, request(t.http).get('/api/users')).expect(200)).body.map((u: { id: string }) => u.id);
      expect(byAdmin).toEqual(expect.arrayContaining([inside.id, mixed.id, other.id, peer.id, adminId]));
    });

    it('changes accounts in its regions but cannot reach others, nor move an account out of its regions', async () => {
      const inside = await createUser(t, 'coordinator', { meetingPlaces: [vantaa] });
      const other = await createUser(t, 'coordinator', { meetingPlaces: [tampere] });
      await patch(analyst, inside.id, { scope: { meetingPlaces: ['users-kerava'] } }).expect(200);
      await patch(analyst, inside.id, { scope: { meetingPlaces: ['users-tampere'] } }).expect(403);
      await patch(analyst, inside.id, { role: 'admin' }).expect(403);
      await patch(analyst, other.id, { active: false }).expect(403);
      await as(analyst, request(t.http).get(`/api/users/${other.id}`)).expect(403);
      await as(analyst, request(t.http).post(`/api/users/${other.id}/temporary-password`)).expect(403);
    });
  });

  describe('PATCH /api/users/:id', () => {
    it('changes the role, keeping the places when both roles are place roles, and records what changed', async () => {
      const user = await createUser(t, 'coordinator', { meetingPlaces: [vantaa] });
      const res = await patch(admin, user.id, { role: 'steering-group' }).expect(200);
      expect(res.body).toMatchObject({ role: 'steering-group', scope: { regions: [], meetingPlaces: ['users-vantaa'] } });
      const toAnalyst = await patch(admin, user.id, { role: 'region-analyst' }).expect(400);
      expect(toAnalyst.body.errors).toEqual([{ field: 'scope.regions', message: 'A region-analyst needs at least one region.', code: 'region-required' }]);
      const analystNow = await patch(admin, user.id, { role: 'region-analyst', scope: { regions: ['08'] } }).expect(200);
      expect(analystNow.body.scope).toEqual({ regions: ['08'], meetingPlaces: [] });

      const log = await as(admin, request(t.http).get('/api/audit-log?action=user.updated')).expect(200);
      const mine = log.body.items.filter((e: { target: { id: string } }) => e.target.id === user.id);
      expect(mine[0].details).toEqual({
        role: { from: 'steering-group', to: 'region-analyst' },
        scope: { from: { regions: [], meetingPlaces: ['users-vantaa'] }, to: { regions: ['08'], meetingPlaces: [] } },
      });
      expect(mine[1].details).toEqual({ role: { from: 'coordinator', to: 'steering-group' } });
    });

    it('deactivates an account (it can no longer log in, and stays listed) and reactivates it', async () => {
      const user = await createUser(t, 'steering-group', { meetingPlaces: [vantaa] });
      const res = await patch(analyst, user.id, { active: false }).expect(200);
      expect(res.body.active).toBe(false);
      await request(t.http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
      const listed = await as(admin, request(t.http).get('/api/users')).expect(200);
      expect(listed.body.find((u: { id: string }) => u.id === user.id).active).toBe(false);
      await patch(analyst, user.id, { active: true }).expect(200);
      await logIn(t, user.email, TEST_PASSWORD);
    });

    it('refuses changes to the own account with 409', async () => {
      const res = await patch(admin, adminId, { active: false }).expect(409);
      expect(res.body.type).toBe('/problems/own-account');
    });

    it('answers 404 for an unknown account and 400 for unknown fields', async () => {
      await patch(admin, '00000000-0000-4000-8000-000000000000', { active: false }).expect(404);
      await as(admin, request(t.http).get('/api/users/nobody')).expect(404);
      const user = await createUser(t, 'admin');
      const res = await patch(admin, user.id, { email: 'new@kohtaamo.example' }).expect(400);
      expect(res.body.errors).toEqual([{ field: 'email', message: 'property email should not exist', code: 'whitelist-validation' }]);
    });
  });

  describe('POST /api/users/:id/temporary-password', () => {
    it('replaces the password, unlocks the account, ends its sessions and forces a change at next login', async () => {
      const user = await createUser(t, 'coordinator', { meetingPlaces: [vantaa] });
      const session = await logIn(t, user.email, TEST_PASSWORD);
      for (let i = 0; i < 5; i++) await request(t.http).post('/api/auth/login').send({ email: user.email, password: 'wrong' }).expect(401);
      const locked = await as(admin, request(t.http).get(`/api/users/${user.id}`)).expect(200);
      expect(locked.body.locked).toBe(true);

      const res = await as(analyst, request(t.http).post(`/api/users/${user.id}/temporary-password`)).expect(200);
      expect(res.body).toEqual({ temporaryPassword: expect.stringMatching(/^[a-z2-9-]{19}$/) });
      await as(session, request(t.http).get('/api/auth/me')).expect(401);
      await request(t.http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
      const login = await request(t.http).post('/api/auth/login').send({ email: user.email, password: res.body.temporaryPassword }).expect(200);
      expect(login.body.mustChangePassword).toBe(true);
      const after = await as(admin, request(t.http).get(`/api/users/${user.id}`)).expect(200);
      expect(after.body).toMatchObject({ locked: false, mustChangePassword: true });
    });
  });
});
