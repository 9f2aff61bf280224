import request from 'supertest';
import { verifyPin } from '../../api/src/kiosks/pin-hash';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody } from '../factories/response.factory';
import { createUser } from '../factories/user.factory';
import { EARLY_DECEMBER_2026 } from '../support/fake-clock';
import { as, logIn, TestSession } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

// Issue #18: kiosk tablets by a meeting place's door. Registered by the place's staff,
// activated once with a setup code, revoked when lost; a kiosk answers for its own place only,
// a limited number of times a minute, and a child drumming on the faces counts once.

describe('kiosks', () => {
  let t: TestApp;
  let coordinator: TestSession;
  let steering: TestSession;
  let accounts: { email: string; password: string }[];
  let place: { id: string; slug: string };
  let other: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026, env: { KIOSK_ACTIVATION_RATE_LIMIT: '1000' } });
    place = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
    other = await createMeetingPlace(t.dataSource, { municipalityCode: '092' });
    accounts = [await createUser(t, 'coordinator', { meetingPlaces: [place] }), await createUser(t, 'steering-group', { meetingPlaces: [place] })];
    await logInAll();
  });
  async function logInAll() {
    coordinator = await logIn(t, accounts[0].email, accounts[0].password);
    steering = await logIn(t, accounts[1].email, accounts[1].password);
  }
  afterAll(() => t.close());

  const register = (name = 'Ovi', pin = '4071') =>
    as(coordinator, request(t.http).post(`/api/meeting-places/${place.slug}/kiosks`)).send({ name, pin });
  const activate = (setupCode: string) => request(t.http).post('/api/kiosks/activate').send({ setupCode });
  /** A registered and activated kiosk at the place. */
  async function newKiosk(name = 'Ovi'): Promise<{ id: string; token: string }> {
    const created = (await register(name).expect(201)).body;
    const activated = (await activate(created.setupCode).expect(201)).body;
    return { id: created.id, token: activated.deviceToken };
  }
  const answer = (token: string, body: object) => request(t.http).post('/api/responses').set('Authorization', `Kiosk ${token}`).send(body);
  const listed = async () => (await as(coordinator, request(t.http).get(`/api/meeting-places/${place.slug}/kiosks`)).expect(200)).body;

  it('registers a kiosk with a one-time setup code of unambiguous characters, valid for a day', async () => {
    const res = await register('Ovi', '4071').expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Ovi',
      setupCode: expect.stringMatching(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/),
      setupUrl: `/kiosk#setup=${res.body.setupCode}`,
      expiresAt: expect.any(String),
    });
    // A day from now (the test clock runs on from its start).
    expect(Math.abs(Date.parse(res.body.expiresAt) - t.clock.now().getTime() - 24 * 3600_000)).toBeLessThan(5000);
    // Listed without any secret, waiting for its tablet.
    const kiosk = (await listed()).find((k: { id: string }) => k.id === res.body.id);
    expect(kiosk).toEqual({
      id: res.body.id,
      name: 'Ovi',
      status: 'waiting-for-activation',
      activatedAt: null,
      lastSeenAt: null,
      revokedAt: null,
      setupExpiresAt: res.body.expiresAt,
      answersToday: 0,
      repeatIntervalSeconds: 3,
    });
  });

  it('refuses a bad PIN or name, and steering groups (403)', async () => {
    for (const body of [{ name: 'Ovi', pin: '123' }, { name: 'Ovi', pin: '123456789' }, { name: 'Ovi', pin: '12a4' }, { name: '', pin: '1234' }]) {
      const res = await as(coordinator, request(t.http).post(`/api/meeting-places/${place.slug}/kiosks`)).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    await as(steering, request(t.http).post(`/api/meeting-places/${place.slug}/kiosks`)).send({ name: 'Ovi', pin: '1234' }).expect(403);
    await as(steering, request(t.http).get(`/api/meeting-places/${place.slug}/kiosks`)).expect(403);
    await as(coordinator, request(t.http).post(`/api/meeting-places/${other.slug}/kiosks`)).send({ name: 'Ovi', pin: '1234' }).expect(403);
  });

  it('activates once: the tablet gets its token, its place and the PIN hash; the code then answers 410', async () => {
    const created = (await register('Leikkihuone', '987654').expect(201)).body;
    // Typed with spaces, dashes and lower case: still the code.
    const typed = created.setupCode.toLowerCase().replace(/(.{4})/, '$1-');
    const res = await activate(typed).expect(201);
    expect(res.body).toMatchObject({ id: created.id, name: 'Leikkihuone', meetingPlace: { id: place.id, slug: place.slug }, repeatIntervalSeconds: 3 });
    expect(res.body.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(verifyPin('987654', res.body.pinHash)).resolves.toBe(true);
    await expect(verifyPin('987655', res.body.pinHash)).resolves.toBe(false);

    const again = await activate(created.setupCode).expect(410);
    expect(again.body.type).toMatch(/setup-code-invalid$/);
    await activate('ZZZZZZZZZZ').expect(410);
    expect((await listed()).find((k: { id: string }) => k.id === created.id)).toMatchObject({ status: 'active', activatedAt: expect.any(String) });
    // The token is stored hashed only.
    const [row] = await t.dataSource.query('SELECT token_hash, setup_code_hash FROM kiosk_device WHERE id = $1'.replace('$1', `'${created.id}'`));
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(res.body.deviceToken);
    expect(row.setup_code_hash).toBeNull();
  });

  it('expires a setup code after 24 hours', async () => {
    const created = (await register('Eteinen').expect(201)).body;
    t.clock.advanceMinutes(24 * 60 + 1);
    await logInAll();
    await activate(created.setupCode).expect(410);
    expect((await listed()).find((k: { id: string }) => k.id === created.id).status).toBe('setup-expired');
  });

  it('stores a kiosk’s answers with its id, for its own place only', async () => {
    const kiosk = await newKiosk('Ovi 2');
    const res = await answer(kiosk.token, instantFeedbackBody(place.slug, 3)).expect(201);
    const [row] = await t.dataSource.query(`SELECT kiosk_id FROM response WHERE id = '${res.body.id}'`);
    expect(row.kiosk_id).toBe(kiosk.id);
    const wrong = await answer(kiosk.token, instantFeedbackBody(other.slug, 3)).expect(403);
    expect(wrong.body.type).toMatch(/kiosk-wrong-place$/);
    // Answers from phones carry no kiosk.
    const phone = await request(t.http).post('/api/responses').send(instantFeedbackBody(place.slug, 2)).expect(201);
    expect((await t.dataSource.query(`SELECT kiosk_id FROM response WHERE id = '${phone.body.id}'`))[0].kiosk_id).toBeNull();
    await request(t.http).post('/api/responses').set('Authorization', 'Kiosk not-a-token').send(instantFeedbackBody(place.slug, 2)).expect(401);
    // The staff see a count per kiosk, and when it was last seen.
    expect((await listed()).find((k: { id: string }) => k.id === kiosk.id)).toMatchObject({ answersToday: 1, lastSeenAt: expect.any(String) });
  });

  it('counts taps closer than the repeat interval once, and answers the tablet as if taken', async () => {
    const kiosk = await newKiosk('Ovi 3');
    const at = (seconds: number) => new Date(t.clock.now().getTime() - 60_000 + seconds * 1000).toISOString();
    const first = await answer(kiosk.token, instantFeedbackBody(place.slug, 3, { answeredAt: at(0) })).expect(201);
    const repeat = await answer(kiosk.token, instantFeedbackBody(place.slug, 1, { answeredAt: at(1) })).expect(200);
    expect(repeat.body.id).toBe(first.body.id);
    await answer(kiosk.token, instantFeedbackBody(place.slug, 2, { answeredAt: at(5) })).expect(201);
    const [{ count }] = await t.dataSource.query(`SELECT COUNT(*) AS count FROM response WHERE kiosk_id = '${kiosk.id}'`);
    expect(Number(count)).toBe(2);
  });

  it('lets the staff change how close taps count once; the tablet learns it when it checks in', async () => {
    const kiosk = await newKiosk('Ovi 6');
    const changed = await as(coordinator, request(t.http).patch(`/api/kiosks/${kiosk.id}`)).send({ repeatIntervalSeconds: 10, name: 'Ovi kuusi' }).expect(200);
    expect(changed.body).toMatchObject({ name: 'Ovi kuusi', repeatIntervalSeconds: 10 });
    const current = await request(t.http).get('/api/kiosks/current').set('Authorization', `Kiosk ${kiosk.token}`).expect(200);
    expect(current.body).toMatchObject({ name: 'Ovi kuusi', repeatIntervalSeconds: 10, meetingPlace: { slug: place.slug } });
    const at = (seconds: number) => new Date(t.clock.now().getTime() - 60_000 + seconds * 1000).toISOString();
    await answer(kiosk.token, instantFeedbackBody(place.slug, 3, { answeredAt: at(0) })).expect(201);
    await answer(kiosk.token, instantFeedbackBody(place.slug, 3, { answeredAt: at(7) })).expect(200);
    await answer(kiosk.token, instantFeedbackBody(place.slug, 3, { answeredAt: at(11) })).expect(201);
    await as(coordinator, request(t.http).patch(`/api/kiosks/${kiosk.id}`)).send({ repeatIntervalSeconds: 0 }).expect(400);
    await as(steering, request(t.http).patch(`/api/kiosks/${kiosk.id}`)).send({ repeatIntervalSeconds: 5 }).expect(403);
  });

  it('limits each kiosk to 30 answers a minute (429 with Retry-After)', async () => {
    const kiosk = await newKiosk('Ovi 4');
    const start = t.clock.now().getTime() - 10 * 60_000;
    for (let i = 0; i < 30; i++) {
      await answer(kiosk.token, instantFeedbackBody(place.slug, 3, { answeredAt: new Date(start + i * 5000).toISOString() })).expect(201);
    }
    const refused = await answer(kiosk.token, instantFeedbackBody(place.slug, 3, { answeredAt: new Date(start + 31 * 5000).toISOString() })).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.type).toMatch(/too-many-kiosk-answers$/);
    // Another kiosk is not held up.
    const second = await newKiosk('Ovi 5');
    await answer(second.token, instantFeedbackBody(place.slug, 3)).expect(201);
  });

  it('revokes a lost tablet: its token is refused from then on, queued answers included', async () => {
    const kiosk = await newKiosk('Kadonnut');
    await request(t.http).get('/api/kiosks/current').set('Authorization', `Kiosk ${kiosk.token}`).expect(200);
    await as(steering, request(t.http).post(`/api/kiosks/${kiosk.id}/revoke`)).expect(403);
    const revoked = await as(coordinator, request(t.http).post(`/api/kiosks/${kiosk.id}/revoke`)).expect(200);
    expect(revoked.body).toMatchObject({ id: kiosk.id, status: 'revoked', revokedAt: expect.any(String) });
    const refused = await answer(kiosk.token, instantFeedbackBody(place.slug, 3)).expect(401);
    expect(refused.body.type).toMatch(/kiosk-revoked$/);
    const current = await request(t.http).get('/api/kiosks/current').set('Authorization', `Kiosk ${kiosk.token}`).expect(401);
    expect(current.body.type).toMatch(/kiosk-revoked$/);
    await as(coordinator, request(t.http).post('/api/kiosks/00000000-0000-4000-8000-000000000000/revoke')).expect(404);
  });

  it('audits every registration, activation and revocation', async () => {
    const kiosk = await newKiosk('Audited');
    await as(coordinator, request(t.http).post(`/api/kiosks/${kiosk.id}/revoke`)).expect(200);
    const rows: { action: string }[] = await t.dataSource.query(`SELECT action FROM audit_event WHERE target_id = '${kiosk.id}' ORDER BY occurred_at, action`);
    expect(rows.map((r) => r.action).sort()).toEqual(['kiosk.activate', 'kiosk.register', 'kiosk.revoke']);
  });
});

describe('kiosk activation is public, so it is limited per address', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('answers 429 after a few attempts a minute, and again after the minute', async () => {
    t = await startTestApp({ now: EARLY_DECEMBER_2026, env: { KIOSK_ACTIVATION_RATE_LIMIT: '3' } });
    for (let i = 0; i < 3; i++) await request(t.http).post('/api/kiosks/activate').send({ setupCode: `GUESS${i}ABCDE` }).expect(410);
    const refused = await request(t.http).post('/api/kiosks/activate').send({ setupCode: 'GUESS9ABCDE' }).expect(429);
    expect(refused.body.type).toMatch(/too-many-activations$/);
    t.clock.advanceMinutes(1);
    await request(t.http).post('/api/kiosks/activate').send({ setupCode: 'GUESS8ABCDE' }).expect(410);
  });
});
