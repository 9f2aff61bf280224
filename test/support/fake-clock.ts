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

  /** Moves the clock forward to an instant (sessions may expire: log in again afterwards). */
  advanceTo(instant: Date): void {
    this.advance(instant.getTime() - this.now().getTime());
  }
}

/**
 * Noon in Helsinki on 10 December 2026, for tests that need a fixed "now" whatever the real
 * date is: a current half-year with weeks left in it, and demo data (generated up to the
 * clock's today) whose autumn rounds of every instrument are all in.
 */
export const EARLY_DECEMBER_2026 = new Date('2026-12-10T10:00:00Z');

/**
 * Noon in Helsinki on 16 January 2027: 2026 and its second half have ended and their grace
 * for late paper forms (RELEASE_GRACE_DAYS, 14 by default) has passed, so the first read
 * computes their releases. Tests that answer in December 2026 and check published figures
 * move the clock here first.
 */
export const AFTER_2026_RELEASE = new Date('2027-01-16T10:00:00Z');
