import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BackupError, backupSqlite, restoreSqlite } from '../../api/src/database/backup';
import { createMeetingPlace } from '../factories/meeting-place.factory';
import { instantFeedbackBody } from '../factories/response.factory';
import { startTestApp, TestApp } from '../support/test-app';

/** The embedded database's backup path: an online copy under load, and a careful restore. */
jest.setTimeout(120_000);

const sqliteOnly = process.env.TEST_DATABASE_URL ? describe.skip : describe;

sqliteOnly('npm run backup / npm run restore (SQLite)', () => {
  let t: TestApp;
  let directory: string;
  const databasePath = () => t.database.env.DATABASE_PATH;
  const idsIn = async (path: string): Promise<Set<string>> => {
    const db = await new DataSource({ type: 'sqlite', database: path }).initialize();
    try {
      return new Set((await db.query('SELECT client_response_id AS id FROM response')).map((r: { id: string }) => r.id));
    } finally {
      await db.destroy();
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    directory = mkdtempSync(join(tmpdir(), 'kohtaamo-backup-'));
    await createMeetingPlace(t.dataSource, { slug: 'backup-place' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('copies the running database under write load with every answer acknowledged before it began, and restores it', async () => {
    const acknowledged: string[] = [];
    let writing = true;
    const writer = async () => {
      while (writing) {
        const body = instantFeedbackBody('backup-place', 2);
        await request(t.http).post('/api/responses').send(body).expect(201);
        acknowledged.push(body.clientResponseId);
      }
    };
    const writers = [writer(), writer(), writer()];
    while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 10));
    const before = [...acknowledged];
    const backup = join(directory, 'kohtaamo-backup.sqlite');
    await backupSqlite(databasePath(), backup);
    const during = acknowledged.length;
    while (acknowledged.length < during + 10) await new Promise((resolve) => setTimeout(resolve, 10));
    writing = false;
    await Promise.all(writers);

    const copied = await idsIn(backup);
    expect(before.filter((id) => !copied.has(id))).toEqual([]);
    // The app kept writing while and after the copy was made.
    expect(acknowledged.length).toBeGreaterThan(before.length);

    const restoredPath = join(directory, 'restored.sqlite');
    await restoreSqlite(backup, restoredPath);
    const restored = await idsIn(restoredPath);
    expect(before.filter((id) => !restored.has(id))).toEqual([]);
    expect(restored.size).toBe(copied.size);
    await expect(backupSqlite(databasePath(), backup)).rejects.toThrow(/exists already/);
  });

  it('refuses to restore a copy made by a newer Kohtaamo, and leaves the database as it was', async () => {
    const backup = join(directory, 'from-the-future.sqlite');
    await backupSqlite(databasePath(), backup);
    const db = await new DataSource({ type: 'sqlite', database: backup }).initialize();
    await db.query(`INSERT INTO migrations (timestamp, name) VALUES (4102444800000, 'FromTheFuture4102444800000')`);
    await db.destroy();
    const target = join(directory, 'untouched.sqlite');
    await expect(restoreSqlite(backup, target)).rejects.toThrow(BackupError);
    await expect(restoreSqlite(backup, target)).rejects.toThrow(/newer Kohtaamo \(migrations FromTheFuture4102444800000/);
    expect(existsSync(target)).toBe(false);
    await expect(restoreSqlite(join(directory, 'nothing.sqlite'), target)).rejects.toThrow(/no backup/);
  });
});
