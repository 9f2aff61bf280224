import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './schema';

export class BackupError extends Error {}

/** The migrations this build knows, by the names TypeORM records in the `migrations` table. */
function knownMigrations(): Set<string> {
  return new Set(MIGRATIONS.map((migration) => new migration().name ?? migration.name));
}

async function withSqlite<T>(path: string, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await new DataSource({ type: 'sqlite', database: path }).initialize();
  try {
    await db.query('PRAGMA busy_timeout = 5000');
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/**
 * A consistent copy of the embedded database while the app keeps running. `VACUUM INTO` reads
 * one snapshot (WAL mode lets the app go on writing meanwhile), so the copy holds exactly the
 * transactions committed before it started: every answer acknowledged by then is in it.
 */
export async function backupSqlite(databasePath: string, targetPath: string): Promise<void> {
  if (!existsSync(databasePath)) throw new BackupError(`There is no database at ${databasePath}.`);
  if (existsSync(targetPath)) throw new BackupError(`${targetPath} exists already: choose a new file for the backup.`);
  await withSqlite(databasePath, (db) => db.query('VACUUM INTO ?', [targetPath]));
}

/**
 * Puts a backup in place of the database (the app must be stopped). Refuses a copy that is
 * damaged, is not a Kohtaamo database, or was made by a newer Kohtaamo whose migrations this
 * build does not know: the older code would run on a schema it does not understand.
 */
export async function restoreSqlite(backupPath: string, databasePath: string): Promise<{ migrations: number }> {
  if (!existsSync(backupPath)) throw new BackupError(`There is no backup at ${backupPath}.`);
  const names = await withSqlite(backupPath, async (db) => {
    const [{ integrity_check: integrity }] = await db.query('PRAGMA integrity_check');
    if (integrity !== 'ok') throw new BackupError(`${backupPath} is damaged: ${integrity}`);
    const tables: unknown[] = await db.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`);
    if (tables.length === 0) throw new BackupError(`${backupPath} is not a Kohtaamo database (it has no migrations table).`);
    const rows: { name: string }[] = await db.query('SELECT name FROM migrations ORDER BY timestamp');
    return rows.map((row) => row.name);
  });
  const known = knownMigrations();
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `${backupPath} was made by a newer Kohtaamo (migrations ${unknown.join(', ')} are not in this version). ` +
        'Restore it with the version that made it, or a newer one.',
    );
  }
  // Copied beside the database, then renamed over it: a crash leaves the old or the new, never half.
  const staging = `${databasePath}.restoring`;
  copyFileSync(backupPath, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
  renameSync(staging, databasePath);
  return { migrations: names.length };
}
