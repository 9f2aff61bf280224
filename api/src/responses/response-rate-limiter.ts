import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Clock } from '../common/clock';
import { FixedWindows } from '../common/fixed-windows';
import { TooManyRequestsProblem } from '../common/problem';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Anonymous answers per client address per minute (RESPONSE_RATE_LIMIT, 120 by default:
 * enough for a busy morning where every family shares the place's Wi-Fi, far too few to
 * probe ids or flood a place's figures). A route guard, so it counts before the body is
 * validated or looked up; in memory only: the address is never stored or logged.
 */
@Injectable()
export class ResponseRateLimiter implements CanActivate {
  private readonly requests: FixedWindows;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.requests = new FixedWindows(config.responseRateLimitPerMinute);
  }

  canActivate(context: ExecutionContext): boolean {
    this.take(context.switchToHttp().getRequest<Request>().ip ?? 'unknown');
    return true;
  }

  /** Counts one request from the address, or throws 429 when its minute is used up. */
  take(address: string): void {
    const now = this.clock.now().getTime();
    const retryAfter = this.requests.retryAfter(address, now);
    if (retryAfter !== null) {
      throw new TooManyRequestsProblem('too-many-responses', `Too many answers from your network. Try again in ${retryAfter} seconds.`, retryAfter);
    }
    this.requests.record(address, now);
  }
}
