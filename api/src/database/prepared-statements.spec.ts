import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'sqlite3';
import { DataSource, QueryFailedError } from 'typeorm';
import type { SqliteDriver } from 'typeorm/driver/sqlite/SqliteDriver';
import { AppDataSource } from './data-source';
import { finalizePrepared, queryPrepared } from './prepared-statements';

describe('queryPrepared on SQLite', () => {
  let directory: string;
  let dataSource: DataSource;
  const connection = () => (dataSource.driver as SqliteDriver).databaseConnection as Database;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'kohtaamo-prepared-'));
    dataSource = await new AppDataSource({ type: 'sqlite', database: join(directory, 'test.sqlite') }).initialize();
    await dataSource.query('CREATE TABLE item (name TEXT PRIMARY KEY, n INTEGER)');
  });

  afterEach(async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  it('prepares a statement once per SQL text and returns its rows', async () => {
    const prepare = jest.spyOn(connection(), 'prepare');
    for (const [name, n] of [['a', 1], ['b', 2], ['c', 3]] as const) await queryPrepared(dataSource.manager, 'INSERT INTO item (name, n) VALUES (?, ?)', [name, n]);
    const rows = await Promise.all(['a', 'c', 'x'].map((name) => queryPrepared(dataSource.manager, 'SELECT name, n FROM item WHERE name = ?', [name])));
    expect(rows).toEqual([[{ name: 'a', n: 1 }], [{ name: 'c', n: 3 }], []]);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('runs inside the transaction of the manager it is given', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await queryPrepared(manager, 'INSERT INTO item (name, n) VALUES (?, ?)', ['rolled-back', 1]);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await dataSource.query('SELECT * FROM item')).toEqual([]);
  });

  it('fails with TypeORM’s QueryFailedError, and the statement stays usable', async () => {
    const insert = 'INSERT INTO item (name, n) VALUES (?, ?)';
    await queryPrepared(dataSource.manager, insert, ['a', 1]);
    const error = await queryPrepared(dataSource.manager, insert, ['a', 2]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(String(error)).toMatch(/UNIQUE constraint failed/);
    await queryPrepared(dataSource.manager, insert, ['b', 2]);
    expect(await dataSource.query('SELECT name FROM item ORDER BY name')).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('lets the data source close: its kept statements are finalized first', async () => {
    await queryPrepared(dataSource.manager, 'SELECT name FROM item', []);
    const closed = new Promise<Error | null>((resolve) => connection().once('close', () => resolve(null)).once('error', resolve));
    await dataSource.destroy();
    await expect(closed).resolves.toBeNull();
    expect(dataSource.isInitialized).toBe(false);
  });

  it('finalizes nothing twice, and nothing for a data source that never prepared', async () => {
    await expect(finalizePrepared(dataSource)).resolves.toBeUndefined();
    await queryPrepared(dataSource.manager, 'SELECT 1 AS one', []);
    await finalizePrepared(dataSource);
    await expect(finalizePrepared(dataSource)).resolves.toBeUndefined();
    // A statement is prepared again after finalizing.
    await expect(queryPrepared(dataSource.manager, 'SELECT 1 AS one', [])).resolves.toEqual([{ one: 1 }]);
  });
});
