import type { DataSource } from 'typeorm';
import { loadConfig } from '../../api/src/config/app-config';
import { AppDataSource, dataSourceOptions } from '../../api/src/database/data-source';
import { startTestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * The entities and the migrations describe one schema: a fresh database, migrated, is what
 * TypeORM would build from the entities. A change to an entity without its migration (or a
 * migration without its entity change) fails here, on SQLite and, with TEST_DATABASE_URL, on
 * PostgreSQL.
 */
describe('schema drift between the migrations and the entities', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new AppDataSource(dataSourceOptions(loadConfig(database.env))).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it(`finds nothing to change in a freshly migrated database`, async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});

describe('the junction-keys migration on a database in use', () => {
  const LINK_TABLES = ['meeting_place_organisation', 'user_account_region', 'user_account_meeting_place'];

  it('migrates the demo database down and up again with every row kept, and leaves nothing to change', async () => {
    const t = await startTestApp({ demoData: true });
    try {
      const snapshot = async () => {
        const rows: Record<string, unknown> = {};
        for (const table of [...LINK_TABLES, 'meeting_place', 'user_account', 'response']) {
          const stored: Record<string, unknown>[] = await t.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
          // Except the export-ready texts: derived from the row, dropped by their migration's
          // down, and after it the export builds those lines from the answers (export-text.ts).
          rows[table] = stored.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith('export_'))));
        }
        return rows;
      };
      const before = await snapshot();
      expect((before.user_account_meeting_place as unknown[]).length).toBeGreaterThan(0);
      // Back to the schema before it (undoing any later migration first), then forward again.
      for (;;) {
        const [last] = await t.dataSource.query('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1');
        await t.dataSource.undoLastMigration({ transaction: 'each' });
        if (last.name === 'JunctionKeys1767226500000') break;
      }
      await t.dataSource.runMigrations({ transaction: 'each' });

      expect(await snapshot()).toEqual(before);
      const pending = await t.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
