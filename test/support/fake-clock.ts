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
 * Noon in Helsinki on 10 December 2026, for tests that need a fixed "now" whatever the real
 * date is: a current half-year with weeks left in it, and demo data (generated up to the
 * clock's today) whose autumn rounds of every instrument are all in.
 */
export const EARLY_DECEMBER_2026 = new Date('2026-12-10T10:00:00Z');
