import type { Database, Statement } from 'sqlite3';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { SqliteDriver } from 'typeorm/driver/sqlite/SqliteDriver';

/** Prepared statements per SQLite connection, by SQL text. */
const prepared = new WeakMap<Database, Map<string, Statement>>();

/**
 * Runs SQL whose text never changes (the submission's reads and inserts) and returns its rows.
 * On SQLite the statement is prepared once per connection and kept: the `sqlite3` driver
 * otherwise prepares, runs and finalizes every query as three trips through its thread pool,
 * and that main-thread work was a tenth of a submission's CPU (docs/benchmarks.md, issue 22).
 * SQLite has one connection, so the statement runs inside whatever transaction `manager`
 * belongs to. Elsewhere it is `manager.query`, inside the manager's transaction if any.
 * Errors are TypeORM's `QueryFailedError`, as from `manager.query`. Parameters are written `?`
 * for both engines (PostgreSQL gets `$1`, `$2`…), so the SQL must hold no other `?`.
 */
export function queryPrepared<T = Record<string, unknown>>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  if (manager.connection.options.type !== 'sqlite') {
    let n = 0;
    return manager.query(sql.replace(/\?/g, () => `$${++n}`), parameters);
  }
  const connection = (manager.connection.driver as SqliteDriver).databaseConnection as Database;
  let statements = prepared.get(connection);
  if (!statements) prepared.set(connection, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = connection.prepare(sql)));
  return new Promise<T[]>((resolve, reject) =>
    statement.all(parameters, (error: Error | null, rows: T[]) => (error ? reject(new QueryFailedError(sql, parameters, error)) : resolve(rows))),
  );
}

/**
 * Finalizes the statements kept for a data source's connection. SQLite refuses to close a
 * connection that still has prepared statements, so this runs before the data source closes.
 */
export async function finalizePrepared(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'sqlite' || !dataSource.isInitialized) return;
  const connection = (dataSource.driver as SqliteDriver).databaseConnection as Database;
  const statements = prepared.get(connection);
  if (!statements) return;
  prepared.delete(connection);
  await Promise.all([...statements.values()].map((statement) => new Promise<void>((resolve) => statement.finalize(() => resolve()))));
}
