import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(loadConfig({}, false)).toEqual({
      port: 3000,
      database: { type: 'sqlite', path: 'data/kohtaamo.sqlite' },
      demoData: true,
      refreshExportTexts: true,
      admin: null,
      logLevel: 'log',
      logFormat: 'json',
      clockStart: null,
      production: true,
      trustProxy: false,
      corsOrigins: [],
      auth: { sessionIdleMinutes: 30, sessionAbsoluteHours: 12, maxFailedLogins: 5, lockoutMinutes: 15, loginRateLimitPerMinute: 20 },
      responseRateLimitPerMinute: 120,
      kioskActivationRateLimitPerMinute: 10,
      kioskAnswerRateLimitPerMinute: 30,
      releaseGraceDays: 14,
    });
  });

  it('logs readable text on a terminal and JSON lines elsewhere, unless LOG_FORMAT says otherwise', () => {
    expect([loadConfig({}, true).logFormat, loadConfig({}, false).logFormat]).toEqual(['text', 'json']);
    expect([loadConfig({ LOG_FORMAT: 'json' }, true).logFormat, loadConfig({ LOG_FORMAT: 'text' }, false).logFormat]).toEqual(['json', 'text']);
    expect(() => loadConfig({ LOG_FORMAT: 'yaml' })).toThrow(/LOG_FORMAT/);
  });

  it('reads RELEASE_GRACE_DAYS as whole days longer than a device may hold an answer', () => {
    expect(loadConfig({ RELEASE_GRACE_DAYS: '30' }).releaseGraceDays).toBe(30);
    expect(() => loadConfig({ RELEASE_GRACE_DAYS: '7' })).toThrow(/RELEASE_GRACE_DAYS: must be at least 8/);
    expect(() => loadConfig({ RELEASE_GRACE_DAYS: '1.5' })).toThrow(/RELEASE_GRACE_DAYS/);
  });

  it('reads CLOCK_START as an instant and refuses anything else', () => {
    expect(loadConfig({ CLOCK_START: '2026-10-15T12:00+03:00' }).clockStart).toEqual(new Date('2026-10-15T09:00:00Z'));
    expect(() => loadConfig({ CLOCK_START: '2026-10-15' })).toThrow(/CLOCK_START: must be an ISO instant/);
    expect(() => loadConfig({ CLOCK_START: '2026-02-30T12:00Z' })).toThrow(/CLOCK_START/);
  });

  it.each([
    ['false', false],
    ['1', 1],
    ['10.0.0.0/8, 192.168.1.10', '10.0.0.0/8, 192.168.1.10'],
    ['loopback, uniquelocal', 'loopback, uniquelocal'],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('reads CORS_ORIGINS as a list and the session and login limits', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://a.example.fi, https://b.example.fi',
      SESSION_IDLE_MINUTES: '10',
      LOGIN_MAX_FAILURES: '3',
    });
    expect(config.corsOrigins).toEqual(['https://a.example.fi', 'https://b.example.fi']);
    expect(config.auth).toMatchObject({ sessionIdleMinutes: 10, maxFailedLogins: 3 });
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/k' }).database).toEqual({
      type: 'postgres',
      url: 'postgres://u:p@localhost/k',
    });
  });

  it('reads DEMO_DATA=false', () => {
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long enough password' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'admin@example.fi' }, 'ADMIN_PASSWORD'],
    [{ TRUST_PROXY: 'yes please' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ RESPONSE_RATE_LIMIT: '0' }, 'RESPONSE_RATE_LIMIT'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ LOGIN_RATE_LIMIT: 'many' }, 'LOGIN_RATE_LIMIT'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  - ${variable}:`));
  });

  it('never echoes a password back', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@example.fi', ADMIN_PASSWORD: 'short' })).toThrow(
      'ADMIN_PASSWORD: must be at least 12 characters',
    );
    try {
      loadConfig({ ADMIN_EMAIL: 'a@example.fi', ADMIN_PASSWORD: 'short' });
    } catch (error) {
      expect(String(error)).not.toContain('short"');
    }
  });

  it('refuses TRUST_PROXY=true at boot, saying why and what to set instead', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true would believe every X-Forwarded-For hop.*number of proxies in front \(e\.g\. 1\)/);
  });
});
