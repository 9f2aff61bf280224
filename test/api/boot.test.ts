import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Boots the built server (npm test builds first) with bad configuration.
const main = join(__dirname, '../../dist/api/src/main.js');

describe('booting with invalid configuration', () => {
  beforeAll(() => {
    if (!existsSync(main)) throw new Error('Build first: npm run build');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT: must be a port number (got "eighty")'],
    [{ DEMO_DATA: 'perhaps' }, 'DEMO_DATA: must be true or false (got "perhaps")'],
    [{ DATABASE_URL: 'mysql://db/kohtaamo' }, 'DATABASE_URL: must be a postgres:// or postgresql:// URL'],
    [{ ADMIN_EMAIL: 'admin@example.fi' }, 'ADMIN_PASSWORD: ADMIN_EMAIL and ADMIN_PASSWORD must be set together'],
  ])('stops with a message naming the variable for %j', (env, message) => {
    const result = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, DATABASE_PATH: ':memory:', ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toContain(message);
  });
});
