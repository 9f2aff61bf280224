/**
 * The time, injected wherever a rule depends on it (session timeouts, lockouts, login rate
 * limits), so that tests can move it forward instead of waiting.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
