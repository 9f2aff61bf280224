import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

const WINDOW_MS = 60_000;
/** Beyond this many addresses, windows that have ended are dropped (memory stays bounded). */
const PRUNE_ABOVE = 10_000;

/**
 * Failed logins per client IP in fixed one-minute windows. Only failures count, so a whole
 * office behind one address can log in at nine o'clock. Kept in this process's memory on
 * purpose: IP addresses are never written to the database. Each instance counts on its own;
 * the per-account lockout (in the database) is what holds across instances.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; failures: number }>();
  private readonly limit: number;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limit = config.auth.loginRateLimitPerMinute;
  }

  /** Seconds to wait before this address may try again, or null when it may try now. */
  retryAfter(ip: string): number | null {
    const now = this.clock.now().getTime();
    const window = this.current(ip, now);
    if (!window || window.failures < this.limit) return null;
    return Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
  }

  recordFailure(ip: string): void {
    const now = this.clock.now().getTime();
    if (this.windows.size > PRUNE_ABOVE) this.prune(now);
    const window = this.current(ip, now) ?? { startedAt: now, failures: 0 };
    window.failures += 1;
    this.windows.set(ip, window);
  }

  private current(ip: string, now: number): { startedAt: number; failures: number } | undefined {
    const window = this.windows.get(ip);
    return window && now - window.startedAt < WINDOW_MS ? window : undefined;
  }

  private prune(now: number): void {
    for (const [ip, window] of this.windows) {
      if (now - window.startedAt >= WINDOW_MS) this.windows.delete(ip);
    }
  }
}
