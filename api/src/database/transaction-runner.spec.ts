import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbstractLogger, DataSource, LogLevel, LogMessage } from 'typeorm';
import { GroupWriter, MAX_GROUP_SIZE, TransactionRunner } from './transaction-runner';

/** Remembers every statement, so a test can see how writes were grouped into transactions. */
class StatementLog extends AbstractLogger {
  readonly statements: string[] = [];
  protected writeLog(_level: LogLevel, message: LogMessage | LogMessage[]): void {
    for (const m of Array.isArray(message) ? message : [message]) if (m.type === 'query') this.statements.push(String(m.message));
  }
  count(statement: string): number {
    return this.statements.filter((s) => s === statement).length;
  }
}

describe('TransactionRunner on SQLite', () => {
  let directory: string;
  let dataSource: DataSource;
  let log: StatementLog;
  let runner: TransactionRunner;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'kohtaamo-transactions-'));
    log = new StatementLog(['query']);
    dataSource = await new DataSource({ type: 'sqlite', database: join(directory, 'test.sqlite'), logger: log, logging: ['query'] }).initialize();
    await dataSource.query('CREATE TABLE item (name TEXT PRIMARY KEY)');
    log.statements.length = 0;
    runner = new TransactionRunner(dataSource);
  });

  afterEach(async () => {
    await dataSource.destroy();
    rmSync(directory, { recursive: true, force: true });
  });

  let gate: Promise<void> = Promise.resolve();
  /**
   * Writes a group's names with one multi-row INSERT. "invalid" fails its call; "orphan" adds a
   * row whose deferred foreign key fails only at COMMIT; "first" waits for the gate.
   */
  const writeNames: GroupWriter<string> = async (manager, names) => {
    if (names.includes('invalid')) throw new Error('invalid');
    if (names.includes('first')) await gate;
    const items = names.filter((name) => name !== 'orphan');
    if (items.length > 0) await manager.query(`INSERT INTO item (name) VALUES ${items.map(() => '(?)').join(', ')}`, items);
    if (names.includes('orphan')) await manager.query("INSERT INTO child (parent) VALUES ('nobody')");
  };
  const insert = (name: string) => runner.runGrouped(name, writeNames).then(() => name);
  const inserts = () => log.statements.filter((s) => s.startsWith('INSERT INTO item')).length;
  const stored = async () => ((await dataSource.query('SELECT name FROM item ORDER BY name')) as { name: string }[]).map((r) => r.name);

  it('writes every submission waiting for the queue with one call, in one transaction', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    await expect(Promise.all(names.map(insert))).resolves.toEqual(names);
    expect(log.count('BEGIN TRANSACTION')).toBe(1);
    expect(log.count('COMMIT')).toBe(1);
    expect(inserts()).toBe(1);
    expect(log.count('SAVEPOINT member')).toBe(0);
    expect(await stored()).toEqual(names);
  });

  it('fails a failing member alone: the group is written again item by item, and the others are stored', async () => {
    const results = await Promise.allSettled([insert('a'), insert('b'), insert('a'), insert('invalid'), insert('c')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
    expect(String((results[3] as PromiseRejectedResult).reason)).toMatch(/invalid/);
    expect(log.count('ROLLBACK')).toBe(1);
    expect(log.count('SAVEPOINT member')).toBe(5);
    expect(log.count('COMMIT')).toBe(1);
    expect(await stored()).toEqual(['a', 'b', 'c']);
  });

  it('rejects a group of one whose write fails, and stores nothing', async () => {
    await expect(insert('invalid')).rejects.toThrow('invalid');
    expect(log.count('SAVEPOINT member')).toBe(0);
    expect(log.count('COMMIT')).toBe(0);
    await expect(insert('d')).resolves.toBe('d');
    expect(await stored()).toEqual(['d']);
  });

  it('answers nobody before the group is committed', async () => {
    const committedWhenSettled: boolean[] = [];
    await Promise.allSettled(
      ['x', 'y', 'x'].map((name) => insert(name).finally(() => committedWhenSettled.push(log.statements.includes('COMMIT')))),
    );
    expect(committedWhenSettled).toEqual([true, true, true]);
  });

  it('rejects the whole group, and stores nothing of it, when its commit fails', async () => {
    // A deferred foreign key is checked only at COMMIT: it fails the transaction, not a member.
    await dataSource.query('PRAGMA foreign_keys = ON');
    await dataSource.query('CREATE TABLE child (parent TEXT REFERENCES item (name) DEFERRABLE INITIALLY DEFERRED)');
    const results = await Promise.allSettled([insert('p'), insert('orphan'), insert('q')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await stored()).toEqual([]);
    // The connection is usable again afterwards.
    await expect(insert('r')).resolves.toBe('r');
    expect(await stored()).toEqual(['r']);
  });

  it('starts a new group when one is full, and keeps plain transactions in queue order', async () => {
    const names = Array.from({ length: MAX_GROUP_SIZE + 3 }, (_, i) => `m${String(i).padStart(4, '0')}`);
    const order: string[] = [];
    const grouped = Promise.all(names.map((name) => insert(name).then(() => order.push('grouped'))));
    const plain = runner.run((manager) => manager.query("INSERT INTO item (name) VALUES ('plain')")).then(() => order.push('plain'));
    await Promise.all([grouped, plain]);
    expect(log.count('BEGIN TRANSACTION')).toBe(3);
    expect(log.count('COMMIT')).toBe(3);
    expect(order.indexOf('plain')).toBeGreaterThanOrEqual(MAX_GROUP_SIZE);
    expect(await stored()).toHaveLength(MAX_GROUP_SIZE + 4);
  });

  it('forms the next group from submissions that arrive while one is being written', async () => {
    let release!: () => void;
    gate = new Promise<void>((resolve) => (release = resolve));
    const first = insert('first');
    await new Promise((resolve) => setImmediate(resolve));
    const later = ['l1', 'l2', 'l3'].map(insert);
    release();
    await Promise.all([first, ...later]);
    expect(log.count('BEGIN TRANSACTION')).toBe(2);
    expect(inserts()).toBe(2);
    expect(await stored()).toEqual(['first', 'l1', 'l2', 'l3']);
  });

  it('groups each writer’s items apart: a writer is called with its own items only', async () => {
    const seen: string[][] = [];
    const other: GroupWriter<string> = async (manager, names) => {
      seen.push(names);
      await manager.query(`INSERT INTO item (name) VALUES ${names.map(() => '(?)').join(', ')}`, names);
    };
    await Promise.all([insert('w1'), runner.runGrouped('o1', other), insert('w2'), runner.runGrouped('o2', other)]);
    expect(seen).toEqual([['o1', 'o2']]);
    expect(log.count('COMMIT')).toBe(2);
    expect(await stored()).toEqual(['o1', 'o2', 'w1', 'w2']);
  });
});
