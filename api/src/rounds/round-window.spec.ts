import { isInRound, lateArrivalEnd, roundPeriodProblem, roundsOverlap, roundStatus, roundWindow } from './round-window';

const march = { startsOn: '2026-03-01', endsOn: '2026-03-31', closedAt: null };

describe('round windows', () => {
  it('run from midnight of the first day to midnight after the last, in Finnish time', () => {
    const { start, end } = roundWindow(march);
    expect(start.toISOString()).toBe('2026-02-28T22:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-31T21:00:00.000Z'); // summer time began on 29 March
  });

  it('know whether they are scheduled, open or closed', () => {
    expect(roundStatus(march, new Date('2026-02-28T21:59:59Z'))).toBe('scheduled');
    expect(roundStatus(march, new Date('2026-02-28T22:00:00Z'))).toBe('open');
    expect(roundStatus(march, new Date('2026-03-31T20:59:59Z'))).toBe('open');
    expect(roundStatus(march, new Date('2026-03-31T21:00:00Z'))).toBe('closed');
  });

  it('end when closed early, and take late arrivals for a day after', () => {
    const closed = { ...march, closedAt: new Date('2026-03-15T12:00:00Z') };
    expect(roundStatus(closed, new Date('2026-03-15T12:00:00Z'))).toBe('closed');
    expect(isInRound(closed, new Date('2026-03-15T11:59:59Z'))).toBe(true);
    expect(isInRound(closed, new Date('2026-03-15T12:00:00Z'))).toBe(false);
    expect(lateArrivalEnd(closed).toISOString()).toBe('2026-03-16T12:00:00.000Z');
  });

  it('are cancelled when closed before their first day, and then take no answer', () => {
    const cancelled = { ...march, closedAt: new Date('2026-02-20T08:00:00Z') };
    expect(roundStatus(cancelled, new Date('2026-02-20T08:00:00Z'))).toBe('cancelled');
    expect(roundStatus(cancelled, new Date('2026-03-10T08:00:00Z'))).toBe('cancelled');
    expect(isInRound(cancelled, new Date('2026-03-10T08:00:00Z'))).toBe(false);
  });

  it('overlap when they share a day, unless one is cancelled', () => {
    const april = { startsOn: '2026-03-31', endsOn: '2026-04-10', closedAt: null };
    expect(roundsOverlap(march, april)).toBe(true);
    expect(roundsOverlap(march, { ...april, startsOn: '2026-04-01' })).toBe(false);
    expect(roundsOverlap({ ...march, closedAt: new Date('2026-02-20T08:00:00Z') }, april)).toBe(false);
  });

  it('lie within the period their instrument is released for', () => {
    expect(roundPeriodProblem('huomaa-minut', '2026-06-15', '2026-07-15')).toMatch(/half-year/);
    expect(roundPeriodProblem('visitor-survey', '2026-06-15', '2026-07-15')).toBeNull();
    expect(roundPeriodProblem('visitor-survey', '2026-12-15', '2027-01-15')).toMatch(/calendar year/);
  });
});
