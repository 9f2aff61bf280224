import { SystemClock } from '../../api/src/common/clock';

/**
 * A clock that runs like the real one but can be skipped ahead (timeouts are tested without
 * waiting) and, for tests that need whole periods, started at a fixed instant so the result
 * does not depend on the day the suite runs.
 */
export class FakeClock extends SystemClock {
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}

/**
 * Noon in Helsinki on 20 November 2026, for tests that need a fixed "now" whatever the real date
 * is: a current half-year with weeks on both sides, and demo data whose autumn visitor survey
 * round is mostly in (the demo data is generated up to the clock's today).
 */
export const LATE_AUTUMN_2026 = new Date('2026-11-20T10:00:00Z');
