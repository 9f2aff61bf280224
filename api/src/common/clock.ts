/**
 * The time, injected wherever a rule depends on it (periods, session timeouts, lockouts,
 * login rate limits, demo data), so that tests can fix or move it instead of depending on the
 * day they run or waiting.
 */
export abstract class Clock {
  abstract now(): Date;
}

/**
 * The machine's time, or — with a start instant (CLOCK_START, for tests and demonstrations)
 * — time that starts there when the app boots and then runs at the normal pace.
 */
export class SystemClock extends Clock {
  protected offsetMs: number;

  constructor(start?: Date) {
    super();
    this.offsetMs = start ? start.getTime() - Date.now() : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
