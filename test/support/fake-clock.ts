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
 * Noon in Helsinki on 15 October 2026: for tests that need a current half-year with room on
 * both sides, and demo data with two whole years behind it, whatever the real date is.
 */
export const MID_AUTUMN_2026 = new Date('2026-10-15T09:00:00Z');
