import request, { Test } from 'supertest';
import type { TestApp } from './test-app';

/** A logged-in browser: its cookies, and the CSRF token it repeats on writes. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  setCookie: string[];
}

/** Logs in over HTTP, expecting success. */
export async function logIn(t: TestApp, email: string, password: string): Promise<TestSession> {
  const res = await request(t.http).post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`Login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return sessionFrom(res.headers['set-cookie'] as unknown as string[]);
}

export function sessionFrom(setCookie: string[]): TestSession {
  const pairs = setCookie.map((c) => c.split(';')[0]);
  const csrfToken = pairs.find((p) => p.startsWith('csrf-token='))!.slice('csrf-token='.length);
  return { cookie: pairs.join('; '), csrfToken, setCookie };
}

/** Sends the session cookie, and the CSRF header unless the test is about leaving it out. */
export function as(session: TestSession, test: Test, options: { csrf?: boolean } = {}): Test {
  test.set('Cookie', session.cookie);
  if (options.csrf !== false) test.set('X-CSRF-Token', session.csrfToken);
  return test;
}
