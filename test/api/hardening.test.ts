import request from 'supertest';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { as, logIn } from '../support/session';
import { startTestApp, TestApp } from '../support/test-app';

jest.setTimeout(30_000);

const CSP =
  "default-src 'self';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;" +
  "connect-src 'self';frame-ancestors 'none';object-src 'none';base-uri 'self';form-action 'self'";

describe('security headers, CORS and logs', () => {
  let t: TestApp;
  const output: string[] = [];
  let restore: (() => void)[] = [];

  beforeAll(async () => {
    // Capture what the app logs, at the most verbose level, to check its form and content.
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array) => {
        output.push(String(chunk));
        return true;
      }) as typeof stream.write;
      restore.push(() => (stream.write = original));
    }
    t = await startTestApp({ env: { LOG_LEVEL: 'verbose' } });
  });
  afterAll(async () => {
    restore.forEach((undo) => undo());
    restore = [];
    await t.close();
  });

  it('sends a strict Content-Security-Policy and frame protection on API and documentation', async () => {
    for (const path of ['/api/health', '/api/docs', '/api/nothing-here']) {
      const res = await request(t.http).get(path);
      expect([path, res.headers['content-security-policy']]).toEqual([path, CSP]);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('keeps CORS closed by default: no Access-Control headers for another origin', async () => {
    const res = await request(t.http).get('/api/regions').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(t.http)
      .options('/api/meeting-places')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('logs JSON lines, with no email of a failed login and no IP address', async () => {
    const user = await createUser(t, 'admin', { email: 'logged.person@kohtaamo.example' });
    for (let i = 0; i < 5; i++) {
      await request(t.http).post('/api/auth/login').send({ email: 'logged.person@kohtaamo.example', password: 'wrong' }).expect(401);
    }
    await request(t.http).post('/api/auth/login').send({ email: 'unknown.person@kohtaamo.example', password: 'wrong' }).expect(401);
    const lines = output.join('').split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const text = lines.join('\n');
    expect(text).toContain(`Account ${user.id} holds failing addresses back for 5 s after 5 failed logins in a row`);
    expect(text).not.toMatch(/logged\.person|unknown\.person|127\.0\.0\.1|::ffff|::1\b/);
  });

  it('answers a write to an unknown route with problem+json, never a stack trace', async () => {
    const admin = await logIn(t, (await createUser(t, 'admin')).email, TEST_PASSWORD);
    const res = await as(admin, request(t.http).delete('/api/users')).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('CORS for configured origins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CORS_ORIGINS: 'https://dashboards.example.fi' } });
  });
  afterAll(() => t.close());

  it('allows only the listed origin, with credentials and the CSRF header', async () => {
    const ok = await request(t.http)
      .options('/api/meeting-places')
      .set('Origin', 'https://dashboards.example.fi')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,x-csrf-token');
    expect(ok.headers['access-control-allow-origin']).toBe('https://dashboards.example.fi');
    expect(ok.headers['access-control-allow-credentials']).toBe('true');
    expect(ok.headers['access-control-allow-headers']).toMatch(/X-CSRF-Token/i);
    const other = await request(t.http).get('/api/regions').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
