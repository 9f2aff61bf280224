import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A group commit holds at most this many members, so that a flood of submissions cannot keep
 * the first of them waiting for an ever longer transaction.
 */
export const MAX_GROUP_SIZE = 256;

interface GroupMember<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Writes a group's items together: one call for the whole group, or one per item. */
export type GroupWriter<T> = (manager: EntityManager, items: T[]) => Promise<void>;

/** Why an item was not written; null when it was. */
type Failure = { error: unknown } | null;

interface Group<T> {
  write: GroupWriter<T>;
  members: GroupMember<T>[];
}

/**
 * Runs write transactions. TypeORM's sqlite3 driver shares one connection, so two concurrent
 * transactions would interleave on it ("cannot start a transaction within a transaction");
 * SQLite allows one writer at a time anyway, so writes queue here. PostgreSQL runs them in
 * parallel on its pool.
 */
@Injectable()
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();
  /** Per writer, the group that has a place in the queue but has not started: new members join it. */
  private readonly forming = new Map<GroupWriter<never>, Group<unknown>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One transaction of its own, after every write queued before it. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres') return this.dataSource.transaction(work);
    return this.enqueue(() => this.dataSource.transaction(work));
  }

  /**
   * Group commit, for many small independent writes of one kind (submissions). Every item
   * waiting when its group's turn comes is written by one call of `write` in one transaction,
   * so one commit (one fsync) and one statement per table serve them all. If that call fails
   * (a racing duplicate, a constraint), the transaction starts again with each item in a
   * savepoint of its own, so the failing item is rejected alone and the others are stored.
   * Nobody's promise settles before the COMMIT has returned: a resolved item is durable.
   * Groups queue behind each other on both engines: on SQLite with every other write, on
   * PostgreSQL only with other groups (its other transactions run in parallel on the pool).
   * PostgreSQL would share WAL flushes between parallel transactions by itself, but one
   * transaction with two INSERTs per group costs the server far less CPU than a BEGIN, two
   * INSERTs and a COMMIT per submission, each a round trip (docs/benchmarks.md, issue 22).
   */
  runGrouped<T>(item: T, write: GroupWriter<T>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let group = this.forming.get(write) as Group<T> | undefined;
      if (!group || group.members.length >= MAX_GROUP_SIZE) {
        const formed: Group<T> = { write, members: [] };
        group = formed;
        this.forming.set(write, formed as Group<unknown>);
        void this.enqueue(() => {
          if (this.forming.get(write) === formed) this.forming.delete(write);
          return this.commitGroup(formed);
        });
      }
      group.members.push({ item, resolve, reject });
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async commitGroup<T>({ write, members }: Group<T>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    let failures: Failure[] = members.map(() => null);
    try {
      await runner.startTransaction();
      try {
        await write(runner.manager, members.map((m) => m.item));
      } catch (error) {
        // Some item cannot be written. Start again, each item alone, so that it fails alone.
        await runner.rollbackTransaction();
        if (members.length === 1) failures = [{ error }];
        else {
          await runner.startTransaction();
          failures = await this.writeEachAlone(runner.manager, write, members);
        }
      }
      if (runner.isTransactionActive) await runner.commitTransaction();
    } catch (error) {
      // The transaction itself failed (COMMIT, or a savepoint that could not be rolled back):
      // nothing of the group is stored, so nobody gets an answer that says otherwise.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      for (const member of members) member.reject(error);
      return;
    } finally {
      await runner.release();
    }
    members.forEach((member, i) => {
      const failure = failures[i];
      if (failure) member.reject(failure.error);
      else member.resolve();
    });
  }

  /** Each item in a savepoint of its own; returns each one's failure, or null where it was written. */
  private async writeEachAlone<T>(manager: EntityManager, write: GroupWriter<T>, members: GroupMember<T>[]): Promise<Failure[]> {
    const failures: Failure[] = [];
    for (const member of members) {
      await manager.query('SAVEPOINT member');
      try {
        await write(manager, [member.item]);
        await manager.query('RELEASE member');
        failures.push(null);
      } catch (error) {
        await manager.query('ROLLBACK TO member');
        await manager.query('RELEASE member');
        failures.push({ error });
      }
    }
    return failures;
  }
}
