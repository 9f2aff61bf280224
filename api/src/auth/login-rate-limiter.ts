import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { FixedWindows } from '../common/fixed-windows';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** How long an address is remembered as having failed on an account. */
const FAILED_PAIR_MEMORY_MS = 24 * 60 * 60_000;
const PRUNE_PAIRS_ABOVE = 10_000;

/**
 * Failed logins per client IP in fixed one-minute windows, and which addresses have recently
 * failed on which account. Only failures count, so a whole office behind one address can log
 * in at nine o'clock. Kept in this process's memory on purpose: IP addresses are never written
 * to the database. Each instance counts on its own; the per-account delays (in the database)
 * are what hold across instances.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures: FixedWindows;
  /** `${address} ${account key}` → when it last failed. */
  private readonly failedPairs = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.failures = new FixedWindows(config.auth.loginRateLimitPerMinute);
  }

  /** Seconds to wait before this address may try again, or null when it may try now. */
  retryAfter(ip: string): number | null {
    return this.failures.retryAfter(ip, this.clock.now().getTime());
  }

  /** `accountKey` identifies the attempted account without holding its email (a keyed hash). */
  recordFailure(ip: string, accountKey: string): void {
    const now = this.clock.now().getTime();
    this.failures.record(ip, now);
    if (this.failedPairs.size > PRUNE_PAIRS_ABOVE) {
      for (const [pair, at] of this.failedPairs) if (now - at >= FAILED_PAIR_MEMORY_MS) this.failedPairs.delete(pair);
    }
    this.failedPairs.set(`${ip} ${accountKey}`, now);
  }

  /** Whether this address has failed on this account lately: the account's delay applies to it. */
  hasFailedOn(ip: string, accountKey: string): boolean {
    const at = this.failedPairs.get(`${ip} ${accountKey}`);
    return at !== undefined && this.clock.now().getTime() - at < FAILED_PAIR_MEMORY_MS;
  }

  /** A successful login forgets this address's failures on the account. */
  recordSuccess(ip: string, accountKey: string): void {
    this.failedPairs.delete(`${ip} ${accountKey}`);
  }
}
