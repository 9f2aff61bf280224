import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { FixedWindows } from '../common/fixed-windows';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Failed logins per client IP in fixed one-minute windows. Only failures count, so a whole
 * office behind one address can log in at nine o'clock. Kept in this process's memory on
 * purpose: IP addresses are never written to the database. Each instance counts on its own;
 * the per-account delays (in the database) are what hold across instances.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures: FixedWindows;

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

  recordFailure(ip: string): void {
    this.failures.record(ip, this.clock.now().getTime());
  }
}
