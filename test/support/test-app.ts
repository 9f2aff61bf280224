import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../../api/src/app.factory';
import { loadConfig } from '../../api/src/config/app-config';
import { FakeClock } from './fake-clock';
import { createTestDatabase, TestDatabase } from './test-database';

/** The real Nest app, migrated and seeded, on its own fresh database; driven over HTTP by supertest. */
export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  dataSource: DataSource;
  database: TestDatabase;
  /** The app's clock: move it forward to test timeouts. */
  clock: FakeClock;
  close(): Promise<void>;
}

export interface TestAppOptions {
  demoData?: boolean;
  env?: Record<string, string>;
  /**
   * Start the app's clock here instead of at the real time: for tests whose expectations
   * need whole periods (the demo data is generated up to the clock's today).
   */
  now?: Date;
  /**
   * Run on this database (another instance's) instead of a fresh one: two instances of the app
   * on one database, as behind a load balancer. It is left for its owner to drop.
   */
  database?: TestDatabase;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    ...database.env,
    DEMO_DATA: String(options.demoData ?? false),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    // Every test logs in from 127.0.0.1; the rate-limit test sets its own low limit.
    LOGIN_RATE_LIMIT: '10000',
    RESPONSE_RATE_LIMIT: '1000000',
    KIOSK_ACTIVATION_RATE_LIMIT: '10000',
    // A test that needs it starts it; in the background it would race the test's own rows.
    EXPORT_TEXT_REFRESH: 'false',
    ...options.env,
  });
  const clock = new FakeClock(options.now);
  const app = await createApp(config, { clock });
  return {
    app,
    http: app.getHttpServer(),
    dataSource: app.get(DataSource),
    database,
    clock,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
