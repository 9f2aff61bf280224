import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as sqlite3 from 'sqlite3';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { finalizePrepared } from './prepared-statements';
import { ENTITIES, MIGRATIONS } from './schema';

/**
 * Options shared by the app and the TypeORM CLI. The schema comes only from migrations
 * (never `synchronize`), and they run at boot.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: false, synchronize: false, logging: false };
  if (config.database.type === 'postgres') {
    return { ...common, type: 'postgres', url: config.database.url, extra: { max: 10 } };
  }
  if (config.database.path !== ':memory:') mkdirSync(dirname(config.database.path), { recursive: true });
  return {
    ...common,
    type: 'sqlite',
    database: config.database.path,
    driver: SQLITE3_WITHOUT_LONG_STACK_TRACES,
    // WAL lets dashboards read while answers are written; TypeORM turns foreign keys on.
    enableWAL: true,
    busyErrorRetry: 2000,
  };
}

/**
 * The sqlite3 module, but `verbose()` (which TypeORM always calls) leaves it as it is. Verbose
 * mode wraps every query call to build long stack traces: a `new Error()` and `util.inspect` of
 * the SQL and of every parameter, on every call, whether it fails or not. Without it the bare
 * benchmark endpoint's CPU per stored response fell from 5.1-5.8 to 4.1 ms (docs/benchmarks.md,
 * issue 22's third pass). Errors still carry the SQL through TypeORM's QueryFailedError.
 */
const SQLITE3_WITHOUT_LONG_STACK_TRACES = { ...sqlite3, verbose: () => SQLITE3_WITHOUT_LONG_STACK_TRACES };

/**
 * The app's data source. On PostgreSQL every instant is `timestamptz` (the migrations make it
 * so), while TypeORM reads a `Date` column as `timestamp without time zone`: the column types
 * are fitted here, once, so the entities compare equal to the migrated schema on both engines
 * (test/api/schema-drift.test.ts). Values are written and read the same way for both types.
 */
export class AppDataSource extends DataSource {
  protected override async buildMetadatas(): Promise<void> {
    await super.buildMetadatas();
    if (this.options.type !== 'postgres') return;
    for (const entity of this.entityMetadatas) {
      for (const column of entity.columns) {
        if (column.type === Date || column.type === 'timestamp') column.type = 'timestamptz';
      }
    }
  }

  /** SQLite closes a connection only once its kept statements (prepared-statements.ts) are finalized. */
  override async destroy(): Promise<void> {
    await finalizePrepared(this);
    return super.destroy();
  }
}

/**
 * Connection-level settings TypeORM does not expose. synchronous=FULL: a 201 means the
 * answer survived even a power cut, not only a process crash.
 */
export async function tuneConnection(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'sqlite') return;
  await dataSource.query('PRAGMA busy_timeout = 5000');
  await dataSource.query('PRAGMA synchronous = FULL');
  await dataSource.query('PRAGMA foreign_keys = ON');
}
