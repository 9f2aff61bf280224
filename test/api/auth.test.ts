import { createHash } from 'node:crypto';
import request from 'supertest';
import { PasswordHasher } from '../../api/src/users/password-hasher';
import { UsersService } from '../../api/src/users/users.service';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { as, logIn, sessionFrom } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(30_000);

describe('login, sessions and CSRF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ADMIN_EMAIL: 'Boot.Admin@kohtaamo.example', ADMIN_PASSWORD: 'boot admin password' } });
  });
  afterAll(() => t.close());

  const auditActions = async (): Promise<{ action: string; details: Record<string, unknown> | null; target: { id: string } | null }[]> => {
    const admin = await logIn(t, 'boot.admin@kohtaamo.example', 'boot admin password');
    const res = await as(admin, request(t.http).get('/api/audit-log?pageSize=200')).expect(200);
    return res.body.items;
  };

  describe('POST /api/auth/login', () => {
    it('sets an httpOnly SameSite=Lax session cookie and a readable csrf-token cookie, and answers with the account', async () => {
      const place = await createMeetingPlace(t.dataSource, { slug: 'kirkonkyla' });
      const user = await createUser(t, 'coordinator', { meetingPlaces: [place] });
      const res = await request(t.http).post('/api/auth/login').send({ email: user.email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
      expect(res.body).toEqual({
        email: user.email,
        role: 'coordinator',
        scope: { regions: [], meetingPlaces: ['kirkonkyla'] },
        mustChangePassword: false,
        capabilities: {
          wholeCountry: false,
          manageUsers: false,
          assignableRoles: [],
          manageMeetingPlaces: false,
          managePlaces: true,
          importRegistry: false,
          importResponses: true,
          readAuditLog: false,
          exportResponses: false,
          manageExportTokens: false,
          reopenRounds: false,
          readRegionEvaluations: false,
          managePlans: true,
          regions: [],
          meetingPlaces: [
            {
              id: place.id,
              slug: 'kirkonkyla',
              regionCode: '04',
              readFreeText: true,
              readParticipation: true,
              managePlace: true,
              exportResponses: false,
              manageEvaluations: true,
              fillEvaluations: true,
              readPlan: true,
              managePlan: true,
            },
          ],
        },
      });
      const cookies = res.headers['set-cookie'] as unknown as string[];
      const session = cookies.find((c) => c.startsWith('kohtaamo-session='))!;
      const csrf = cookies.find((c) => c.startsWith('csrf-token='))!;
      expect(session).toMatch(/; HttpOnly/);
      expect(session).toMatch(/; SameSite=Lax/);
      expect(session).not.toMatch(/; Secure/);
      expect(csrf).not.toMatch(/HttpOnly/);
      expect(csrf).toMatch(/; SameSite=Lax/);
    });

    it('stores only a hash of the session token', async () => {
      const user = await createUser(t, 'admin');
      const session = await logIn(t, user.email, TEST_PASSWORD);
      const token = /kohtaamo-session=([^;]+)/.exec(session.cookie)![1];
      const rows: { token_hash: string; csrf_hash: string }[] = await t.dataSource.query('SELECT token_hash, csrf_hash FROM session');
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(JSON.stringify(rows)).not.toContain(session.csrfToken);
    });

    it('answers a wrong password and an unknown email with the same 401 body', async () => {
      const user = await createUser(t, 'steering-group', { meetingPlaces: [await createMeetingPlace(t.dataSource)] });
      const wrong = await request(t.http).post('/api/auth/login').send({ email: user.email, password: 'not the password' }).expect(401);
      const unknown = await request(t.http).post('/api/auth/login').send({ email: 'nobody@kohtaamo.example', password: 'not the password' }).expect(401);
      expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(wrong.body).toEqual({
        type: '/problems/invalid-credentials',
        title: 'Unauthorized',
        status: 401,
        detail: 'Wrong email or password. After 5 failed attempts in a row, each further attempt from the same network must wait longer.',
      });
      expect(unknown.body).toEqual(wrong.body);
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });

    it('checks a dummy argon2id hash for an unknown email, so it takes as long as a wrong password', async () => {
      const hasher = t.app.get(PasswordHasher);
      const dummy = jest.spyOn(hasher, 'verifyDummy');
      const started = process.hrtime.bigint();
      await request(t.http).post('/api/auth/login').send({ email: 'nobody-timed@kohtaamo.example', password: 'not the password' }).expect(401);
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      expect(dummy).toHaveBeenCalledWith('not the password');
      dummy.mockRestore();
      // argon2id (19 MiB, 2 passes) takes tens of milliseconds; a bare lookup of an unknown email would take a few.
      expect(elapsedMs).toBeGreaterThan(20);
    });

    it('validates the body', async () => {
      const res = await request(t.http).post('/api/auth/login').send({ email: 'a@b.fi' }).expect(400);
      expect(res.body.errors).toContainEqual({ field: 'password', message: 'password must be a string', code: 'is-string' });
    });

    it('after 5 failed attempts makes the failing address wait 5 s, then twice as long after each further failure', async () => {
      const user = await createUser(t, 'admin');
      const attempt = (password: string) => request(t.http).post('/api/auth/login').send({ email: user.email, password });
      for (let i = 0; i < 5; i++) await attempt(`wrong ${i}`).expect(401);
      // Held back: even the right password is refused, and the refusal does not count.
      const held = await attempt(TEST_PASSWORD).expect(401);
      expect(held.body.type).toBe('/problems/invalid-credentials');
      t.clock.advance(6_000);
      await attempt('wrong 5').expect(401);
      t.clock.advance(6_000);
      await attempt(TEST_PASSWORD).expect(401); // the sixth failure doubled the wait to 10 s
      t.clock.advance(5_000);
      await attempt(TEST_PASSWORD).expect(200);

      const events = await auditActions();
      const mine = events.filter((e) => e.target?.id === user.id).map((e) => [e.action, e.details?.reason ?? null]);
      expect(mine.reverse()).toEqual([
        ['auth.login-failed', 'wrong-password'],
        ['auth.login-failed', 'wrong-password'],
        ['auth.login-failed', 'wrong-password'],
        ['auth.login-failed', 'wrong-password'],
        ['auth.login-failed', 'wrong-password'],
        ['auth.account-locked', null],
        ['auth.login-failed', 'locked'],
        ['auth.login-failed', 'wrong-password'],
        ['auth.account-locked', null],
        ['auth.login-failed', 'locked'],
        ['auth.login', null],
      ]);
    });

    it('a successful login resets the count of failures', async () => {
      const user = await createUser(t, 'admin');
      for (let i = 0; i < 4; i++) await request(t.http).post('/api/auth/login').send({ email: user.email, password: 'wrong' }).expect(401);
      await logIn(t, user.email, TEST_PASSWORD);
      for (let i = 0; i < 4; i++) await request(t.http).post('/api/auth/login').send({ email: user.email, password: 'wrong' }).expect(401);
      await logIn(t, user.email, TEST_PASSWORD);
    });

    it('refuses a deactivated account with the same answer', async () => {
      const user = await createUser(t, 'admin', { active: false });
      const res = await request(t.http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
      expect(res.body.type).toBe('/problems/invalid-credentials');
    });

    it('records failed logins without the attempted email in clear, and never an IP address', async () => {
      await request(t.http).post('/api/auth/login').send({ email: 'Typo.Someone@kohtaamo.example', password: 'whatever' }).expect(401);
      const rows: Record<string, unknown>[] = await t.dataSource.query('SELECT * FROM audit_event');
      const text = JSON.stringify(rows).toLowerCase();
      expect(text).not.toContain('typo.someone');
      expect(text).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
      const events = await auditActions();
      const failed = events.find((e) => e.action === 'auth.login-failed' && e.details?.reason === 'unknown-email')!;
      // Keyed with the server secret: repeated attempts show, but nobody can crack what was typed.
      expect(failed.details).toEqual({ reason: 'unknown-email', emailHmac: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const unkeyed = createHash('sha256').update('typo.someone@kohtaamo.example').digest('hex');
      expect(failed.details!.emailHmac).not.toBe(unkeyed);
      await request(t.http).post('/api/auth/login').send({ email: 'typo.someone@kohtaamo.example', password: 'again' }).expect(401);
      const again = (await auditActions()).filter((e) => e.action === 'auth.login-failed' && e.details?.reason === 'unknown-email');
      expect(again[0].details!.emailHmac).toBe(failed.details!.emailHmac);
    });
  });

  describe('GET /api/auth/me and POST /api/auth/logout', () => {
    it('answers 401 problem+json without a session', async () => {
      const res = await request(t.http).get('/api/auth/me').expect(401);
      expect(res.body).toEqual({ type: '/problems/unauthenticated', title: 'Unauthorized', status: 401, detail: 'Log in to use this endpoint.' });
    });

    it('tells who is logged in, and after logout the session no longer works', async () => {
      const user = await createUser(t, 'region-analyst', { regions: ['08', '04'] });
      const session = await logIn(t, user.email, TEST_PASSWORD);
      const me = await as(session, request(t.http).get('/api/auth/me')).expect(200);
      expect(me.body).toEqual({
        email: user.email,
        role: 'region-analyst',
        scope: { regions: ['04', '08'], meetingPlaces: [] },
        mustChangePassword: false,
        capabilities: expect.objectContaining({
          wholeCountry: false,
          manageUsers: true,
          assignableRoles: ['coordinator', 'steering-group'],
          readAuditLog: false,
          regions: [
            { code: '04', manage: true, exportResponses: true, readEvaluations: true, copyPlans: true },
            { code: '08', manage: true, exportResponses: true, readEvaluations: true, copyPlans: true },
          ],
        }),
      });

      const out = await as(session, request(t.http).post('/api/auth/logout')).expect(204);
      const cleared = (out.headers['set-cookie'] as unknown as string[]).join('\n');
      expect(cleared).toMatch(/kohtaamo-session=;.*Expires=Thu, 01 Jan 1970/);
      const after = await as(session, request(t.http).get('/api/auth/me')).expect(401);
      expect(after.body.type).toBe('/problems/session-expired');
      const events = await auditActions();
      expect(events.filter((e) => e.target?.id === user.id).map((e) => e.action)).toEqual(['auth.logout', 'auth.login']);
    });

    it('ends a session after 30 idle minutes, but not while it is used', async () => {
      const user = await createUser(t, 'admin');
      const session = await logIn(t, user.email, TEST_PASSWORD);
      for (let i = 0; i < 4; i++) {
        t.clock.advanceMinutes(25);
        await as(session, request(t.http).get('/api/auth/me')).expect(200);
      }
      t.clock.advanceMinutes(31);
      const res = await as(session, request(t.http).get('/api/auth/me')).expect(401);
      expect(res.body.type).toBe('/problems/session-expired');
      expect((res.headers['set-cookie'] as unknown as string[]).join()).toMatch(/kohtaamo-session=;/);
    });

    it('ends a session 12 hours after login however active it is', async () => {
      const user = await createUser(t, 'admin');
      const session = await logIn(t, user.email, TEST_PASSWORD);
      for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
        t.clock.advanceMinutes(20);
        await as(session, request(t.http).get('/api/auth/me')).expect(200);
      }
      t.clock.advanceMinutes(20);
      await as(session, request(t.http).get('/api/auth/me')).expect(401);
    });

    it('ends the sessions of a deactivated account at once', async () => {
      const admin = await createUser(t, 'admin');
      const user = await createUser(t, 'admin');
      const adminSession = await logIn(t, admin.email, TEST_PASSWORD);
      const userSession = await logIn(t, user.email, TEST_PASSWORD);
      await as(adminSession, request(t.http).patch(`/api/users/${user.id}`)).send({ active: false }).expect(200);
      await as(userSession, request(t.http).get('/api/auth/me')).expect(401);
    });
  });

  describe('CSRF double-submit', () => {
    let session: Awaited<ReturnType<typeof logIn>>;
    beforeAll(async () => {
      const user = await createUser(t, 'admin');
      session = await logIn(t, user.email, TEST_PASSWORD);
    });
    const create = () => request(t.http).post('/api/service-areas');
    const body = () => ({ id: `csrf-area-${Math.random().toString(36).slice(2, 8)}`, municipalityCode: '092', name: { fi: 'Alue' } });

    it('refuses a cookie-authenticated write without the X-CSRF-Token header', async () => {
      const res = await as(session, create(), { csrf: false }).send(body()).expect(403);
      expect(res.body).toEqual({
        type: '/problems/csrf-token-invalid',
        title: 'Forbidden',
        status: 403,
        detail: 'Send the value of the csrf-token cookie in the X-CSRF-Token header with every change.',
      });
    });

    it('refuses a header that does not match the cookie, or a matching pair not issued with this session', async () => {
      await as(session, create(), { csrf: false }).set('X-CSRF-Token', 'guessed').send(body()).expect(403);
      const planted = session.cookie.replace(/csrf-token=[^;]+/, 'csrf-token=planted');
      await create().set('Cookie', planted).set('X-CSRF-Token', 'planted').send(body()).expect(403);
    });

    it('accepts the write with the header, and needs none for reads', async () => {
      await as(session, create()).send(body()).expect(201);
      await as(session, request(t.http).get('/api/service-areas'), { csrf: false }).expect(200);
    });

    it('needs none for bearer requests (no export tokens exist yet, so they are 401)', async () => {
      const res = await create().set('Authorization', 'Bearer some-export-token').send(body()).expect(401);
      expect(res.body.type).toBe('/problems/invalid-token');
    });
  });

  describe('temporary passwords and POST /api/auth/password', () => {
    it('lets an account with a temporary password only see itself, log out and change the password', async () => {
      const place = await createMeetingPlace(t.dataSource);
      const user = await createUser(t, 'coordinator', { meetingPlaces: [place], mustChangePassword: true });
      const session = await logIn(t, user.email, TEST_PASSWORD);
      const me = await as(session, request(t.http).get('/api/auth/me')).expect(200);
      expect(me.body.mustChangePassword).toBe(true);
      const blocked = await as(session, request(t.http).get('/api/service-areas')).expect(403);
      expect(blocked.body).toEqual({
        type: '/problems/password-change-required',
        title: 'Forbidden',
        status: 403,
        detail: 'Change your temporary password first (POST /api/auth/password).',
      });

      const changed = await as(session, request(t.http).post('/api/auth/password'))
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'a much better password' })
        .expect(204);
      const fresh = sessionFrom(changed.headers['set-cookie'] as unknown as string[]);
      // The old session ended with the change; the new cookies carry on.
      await as(session, request(t.http).get('/api/auth/me')).expect(401);
      const after = await as(fresh, request(t.http).get('/api/auth/me')).expect(200);
      expect(after.body.mustChangePassword).toBe(false);
      await as(fresh, request(t.http).get('/api/service-areas')).expect(200);

      await request(t.http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
      await logIn(t, user.email, 'a much better password');
    });

    it('ends the other sessions of the account when the password changes', async () => {
      const user = await createUser(t, 'admin');
      const laptop = await logIn(t, user.email, TEST_PASSWORD);
      const phone = await logIn(t, user.email, TEST_PASSWORD);
      await as(laptop, request(t.http).post('/api/auth/password')).send({ currentPassword: TEST_PASSWORD, newPassword: 'another long password' }).expect(204);
      await as(phone, request(t.http).get('/api/auth/me')).expect(401);
    });

    it.each([
      [{ currentPassword: 'not it at all', newPassword: 'a much better password' }, { field: 'currentPassword', message: 'The current password is not correct.', code: 'wrong-current-password' }],
      [{ currentPassword: TEST_PASSWORD, newPassword: 'short one' }, { field: 'newPassword', message: 'newPassword must be at least 12 characters', code: 'min-length' }],
      [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, { field: 'newPassword', message: 'The new password must differ from the current one.', code: 'password-unchanged' }],
    ])('refuses %j with 400', async (body, error) => {
      const user = await createUser(t, 'admin');
      const session = await logIn(t, user.email, TEST_PASSWORD);
      const res = await as(session, request(t.http).post('/api/auth/password')).send(body).expect(400);
      expect(res.body.errors).toEqual([error]);
    });

    it('needs the CSRF header like every write', async () => {
      const user = await createUser(t, 'admin');
      const session = await logIn(t, user.email, TEST_PASSWORD);
      await as(session, request(t.http).post('/api/auth/password'), { csrf: false })
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'a much better password' })
        .expect(403);
    });
  });

  describe('ADMIN_EMAIL bootstrap', () => {
    it('ensures the admin at boot; it works at once without a forced password change', async () => {
      const session = await logIn(t, 'boot.admin@kohtaamo.example', 'boot admin password');
      const me = await as(session, request(t.http).get('/api/auth/me')).expect(200);
      expect(me.body).toEqual({ email: 'boot.admin@kohtaamo.example', role: 'admin', scope: { regions: [], meetingPlaces: [] }, mustChangePassword: false, capabilities: expect.objectContaining({ wholeCountry: true, readAuditLog: true, reopenRounds: true }) });
    });

    it('at a later boot with another ADMIN_PASSWORD, sets it and ends the sessions of the old one', async () => {
      const old = await logIn(t, 'boot.admin@kohtaamo.example', 'boot admin password');
      await t.app.get(UsersService).ensureAdmin('boot.admin@kohtaamo.example', 'the next admin password');
      await as(old, request(t.http).get('/api/auth/me')).expect(401);
      await request(t.http).post('/api/auth/login').send({ email: 'boot.admin@kohtaamo.example', password: 'boot admin password' }).expect(401);
      await logIn(t, 'boot.admin@kohtaamo.example', 'the next admin password');
      await t.app.get(UsersService).ensureAdmin('boot.admin@kohtaamo.example', 'boot admin password');
    });

    it('turns an existing account with that email into an active, unscoped admin', async () => {
      const place = await createMeetingPlace(t.dataSource);
      const user = await createUser(t, 'coordinator', { meetingPlaces: [place], active: false, mustChangePassword: true });
      await t.app.get(UsersService).ensureAdmin(user.email, 'the configured admin password');
      const session = await logIn(t, user.email, 'the configured admin password');
      const me = await as(session, request(t.http).get('/api/auth/me')).expect(200);
      expect(me.body).toEqual({ email: user.email, role: 'admin', scope: { regions: [], meetingPlaces: [] }, mustChangePassword: false, capabilities: expect.objectContaining({ wholeCountry: true, readAuditLog: true, reopenRounds: true }) });
    });
  });
});

describe('failed-login limit per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after too many failed logins in a minute, counted in memory only', async () => {
    const user = await createUser(t, 'admin');
    // Successful logins do not count: an office behind one address logs in at the same time.
    for (let i = 0; i < 5; i++) await logIn(t, user.email, TEST_PASSWORD);
    for (let i = 0; i < 3; i++) await request(t.http).post('/api/auth/login').send({ email: 'x@kohtaamo.example', password: 'wrong' }).expect(401);
    const limited = await request(t.http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
    expect(limited.body.type).toBe('/problems/too-many-login-attempts');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM audit_event'))).not.toMatch(/127\.0\.0\.1|::ffff|::1/);
    t.clock.advanceMinutes(1);
    await request(t.http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
  });
});

describe('cookies behind an https proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '1' } });
  });
  afterAll(() => t.close());

  it('marks the cookies Secure when the trusted proxy says the request came over https', async () => {
    const user = await createUser(t, 'admin');
    const res = await request(t.http).post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    for (const cookie of res.headers['set-cookie'] as unknown as string[]) expect(cookie).toMatch(/; Secure/);
  });
});
