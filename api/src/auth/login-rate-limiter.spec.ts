import { Clock } from '../common/clock';
import { loadConfig } from '../config/app-config';
import { loginDelaySeconds } from './auth.service';
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
      limiter.recordFailure('10.0.0.1', 'account-a');
    }
    clock.time += 20_000;
    expect(limiter.retryAfter('10.0.0.1')).toBe(40);
    expect(limiter.retryAfter('10.0.0.2')).toBeNull();
  });

  it('lets the address try again when the minute is over', () => {
    const { clock, limiter } = make();
    for (let i = 0; i < 3; i++) limiter.recordFailure('10.0.0.1', 'account-a');
    clock.time += 60_000;
    expect(limiter.retryAfter('10.0.0.1')).toBeNull();
  });

  it('remembers which address failed on which account, until it logs in there', () => {
    const { limiter } = make();
    limiter.recordFailure('10.0.0.1', 'account-a');
    expect(limiter.hasFailedOn('10.0.0.1', 'account-a')).toBe(true);
    expect(limiter.hasFailedOn('10.0.0.2', 'account-a')).toBe(false);
    expect(limiter.hasFailedOn('10.0.0.1', 'account-b')).toBe(false);
    limiter.recordSuccess('10.0.0.1', 'account-a');
    expect(limiter.hasFailedOn('10.0.0.1', 'account-a')).toBe(false);
  });
});

describe('loginDelaySeconds', () => {
  it('is nothing up to the allowed failures, then doubles from 5 s up to the longest delay', () => {
    expect([0, 4, 5, 6, 7, 10, 12, 100].map((failures) => loginDelaySeconds(failures, 5, 15))).toEqual([0, 0, 5, 10, 20, 160, 640, 900]);
  });
});
