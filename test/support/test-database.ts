import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A fresh, empty database for one test file: a new SQLite file by default, or a new
 * PostgreSQL database when TEST_DATABASE_URL points at a server (CI runs the API suite both ways).
 */
export interface TestDatabase {
  env: Record<string, string>;
  engine: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `kohtaamo_test_${randomBytes(6).toString('hex')}`;
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      engine: 'postgres',
      drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const directory = mkdtempSync(join(tmpdir(), 'kohtaamo-test-'));
  return {
    env: { DATABASE_PATH: join(directory, 'kohtaamo.sqlite') },
    engine: 'sqlite',
    drop: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
