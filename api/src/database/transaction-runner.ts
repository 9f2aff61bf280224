import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A group commit holds at most this many members, so that a flood of submissions cannot keep
 * the first of them waiting for an ever longer transaction.
 */
export const MAX_GROUP_SIZE = 256;

interface GroupMember {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Runs write transactions. TypeORM's sqlite3 driver shares one connection, so two concurrent
 * transactions would interleave on it ("cannot start a transaction within a transaction");
 * SQLite allows one writer at a time anyway, so writes queue here. PostgreSQL runs them in
 * parallel on its pool.
 */
@Injectable()
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();
  /** The group that has a place in the queue but has not started: new members join it. */
  private forming: GroupMember[] | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One transaction of its own, after every write queued before it. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres') return this.dataSource.transaction(work);
    return this.enqueue(() => this.dataSource.transaction(work));
  }

  /**
   * Group commit, for many small independent writes (submissions). On SQLite every caller
   * waiting when the group's turn comes shares one transaction, so one fsync serves them all;
   * each runs in a savepoint of its own, so a failing member is rolled back and rejected alone.
   * Nobody's promise settles before the COMMIT has returned: a resolved member is durable.
   * PostgreSQL commits concurrent transactions with one WAL flush by itself.
   */
  runGrouped<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres') return this.dataSource.transaction(work);
    return new Promise<T>((resolve, reject) => {
      let group = this.forming;
      if (!group || group.length >= MAX_GROUP_SIZE) {
        const members: GroupMember[] = [];
        group = members;
        this.forming = members;
        void this.enqueue(() => {
          if (this.forming === members) this.forming = null;
          return this.commitGroup(members);
        });
      }
      group.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async commitGroup(members: GroupMember[]): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const outcomes: Outcome[] = [];
    try {
      await runner.startTransaction();
      for (const member of members) {
        await runner.query('SAVEPOINT member');
        try {
          const value = await member.work(runner.manager);
          await runner.query('RELEASE member');
          outcomes.push({ ok: true, value });
        } catch (error) {
          await runner.query('ROLLBACK TO member');
          await runner.query('RELEASE member');
          outcomes.push({ ok: false, error });
        }
      }
      await runner.commitTransaction();
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
      const outcome = outcomes[i];
      if (outcome.ok) member.resolve(outcome.value);
      else member.reject(outcome.error);
    });
  }
}
