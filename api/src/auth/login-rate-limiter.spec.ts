import { Clock } from '../common/clock';
import { loadConfig } from '../config/app-config';
import { LoginRateLimiter } from './login-rate-limiter';

class StoppedClock extends Clock {
  constructor(public time = Date.parse('2026-03-01T10:00:00Z')) {
    super();
  }
  now(): Date {
    return new Date(this.time);
  }
}

describe('LoginRateLimiter', () => {
  const make = () => {
    const clock = new StoppedClock();
    return { clock, limiter: new LoginRateLimiter(clock, loadConfig({ LOGIN_RATE_LIMIT: '3' })) };
  };

  it('refuses an address after the allowed failures in a minute, saying how long to wait', () => {
    const { clock, limiter } = make();
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('10.0.0.1')).toBeNull();
      limiter.recordFailure('10.0.0.1');
    }
    clock.time += 20_000;
    expect(limiter.retryAfter('10.0.0.1')).toBe(40);
    expect(limiter.retryAfter('10.0.0.2')).toBeNull();
  });

  it('lets the address try again when the minute is over', () => {
    const { clock, limiter } = make();
    for (let i = 0; i < 3; i++) limiter.recordFailure('10.0.0.1');
    clock.time += 60_000;
    expect(limiter.retryAfter('10.0.0.1')).toBeNull();
  });
});
