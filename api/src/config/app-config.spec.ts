import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      database: { type: 'sqlite', path: 'data/kohtaamo.sqlite' },
      demoData: true,
      admin: null,
      logLevel: 'log',
      production: true,
    });
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
});
