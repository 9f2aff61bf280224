import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, LessThan, Not, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { UserAccount } from '../users/user-account.entity';
import { Session } from './session.entity';

const MINUTE = 60_000;
/** lastSeenAt is written at most this often: a database write per request would cost more than it tells. */
const TOUCH_INTERVAL_MS = MINUTE;

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class SessionService {
  private readonly idleMs: number;
  private readonly absoluteMs: number;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.idleMs = config.auth.sessionIdleMinutes * MINUTE;
    this.absoluteMs = config.auth.sessionAbsoluteHours * 60 * MINUTE;
  }

  /** A new session; the tokens go to the client once, the database keeps only their hashes. */
  async create(manager: EntityManager, userId: string): Promise<IssuedSession> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.absoluteMs);
    await manager.insert(Session, { tokenHash: sha256(token), userId, csrfHash: sha256(csrfToken), createdAt: now, lastSeenAt: now, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /**
   * The live session for a cookie token, or null. A session ends after the idle timeout
   * without requests, at its absolute timeout, when its account is deactivated, and when the
   * account's password changed after it began.
   */
  async authenticate(token: string): Promise<Session | null> {
    const session = await this.sessions.findOneBy({ tokenHash: sha256(token) });
    if (!session) return null;
    const now = this.clock.now().getTime();
    const account = await this.sessions.manager.findOne(UserAccount, {
      select: ['id', 'active', 'passwordChangedAt'],
      where: { id: session.userId },
    });
    const ended =
      now >= session.expiresAt.getTime() ||
      now - session.lastSeenAt.getTime() >= this.idleMs ||
      !account?.active ||
      account.passwordChangedAt > session.createdAt;
    if (ended) {
      await this.transactions.run((manager) => manager.delete(Session, { tokenHash: session.tokenHash }));
      return null;
    }
    if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await this.transactions.run((manager) => manager.update(Session, { tokenHash: session.tokenHash }, { lastSeenAt: session.lastSeenAt }));
    }
    return session;
  }

  revoke(manager: EntityManager, tokenHash: string): Promise<unknown> {
    return manager.delete(Session, { tokenHash });
  }

  revokeAllOf(manager: EntityManager, userId: string, except?: string): Promise<unknown> {
    return manager.delete(Session, except ? { userId, tokenHash: Not(except) } : { userId });
  }

  /** Sessions past either timeout are removed now and then (at each login), so the table stays small. */
  async removeEnded(manager: EntityManager): Promise<void> {
    const now = this.clock.now().getTime();
    await manager.delete(Session, { expiresAt: LessThan(new Date(now)) });
    await manager.delete(Session, { lastSeenAt: LessThan(new Date(now - this.idleMs)) });
  }
}
