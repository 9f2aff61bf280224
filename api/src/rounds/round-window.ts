import { collectionRulesOf, LATE_ARRIVAL_HOURS } from '../../../reports/instruments';
import { halfYearOf, nextDay, startOfHelsinkiDay } from '../../../reports/periods';

/** What the window of a round depends on. */
export interface RoundTimes {
  startsOn: string;
  endsOn: string;
  closedAt: Date | null;
}

/** 'cancelled': closed before its first day, so it never took an answer and is never released. */
export type RoundStatus = 'scheduled' | 'open' | 'closed' | 'cancelled';
export const ROUND_STATUSES: readonly RoundStatus[] = ['scheduled', 'open', 'closed', 'cancelled'];

/** The instants a round is open: [start, end); closing it early moves the end. */
export function roundWindow(round: RoundTimes): { start: Date; end: Date } {
  const start = startOfHelsinkiDay(round.startsOn);
  const scheduledEnd = startOfHelsinkiDay(nextDay(round.endsOn));
  const end = round.closedAt && round.closedAt.getTime() < scheduledEnd.getTime() ? round.closedAt : scheduledEnd;
  return { start, end };
}

/** Closed before its first day began. */
function isCancelled(round: RoundTimes): boolean {
  return round.closedAt !== null && round.closedAt.getTime() <= roundWindow(round).start.getTime();
}

export function roundStatus(round: RoundTimes, now: Date): RoundStatus {
  if (isCancelled(round)) return 'cancelled';
  const { start, end } = roundWindow(round);
  if (now.getTime() < start.getTime()) return 'scheduled';
  return now.getTime() < end.getTime() ? 'open' : 'closed';
}

/** Whether an answer given at `instant` belongs to the round. */
export function isInRound(round: RoundTimes, instant: Date): boolean {
  const { start, end } = roundWindow(round);
  return start.getTime() <= instant.getTime() && instant.getTime() < end.getTime();
}

/** Until when answers given during the round may still arrive (its place's device, a coordinator). */
export function lateArrivalEnd(round: RoundTimes): Date {
  return new Date(roundWindow(round).end.getTime() + LATE_ARRIVAL_HOURS * 3600_000);
}

/** Whether two rounds share a day (their scheduled days, both ends included); a cancelled round has none. */
export function roundsOverlap(a: RoundTimes, b: RoundTimes): boolean {
  if (isCancelled(a) || isCancelled(b)) return false;
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/**
 * Why a round's days do not fit its instrument, or null: they must lie within one period of
 * the instrument's finest published period (a half-year for Huomaa minut), so rounds nest in
 * the periods their figures are released for.
 */
export function roundPeriodProblem(surveyKey: string, startsOn: string, endsOn: string): string | null {
  const { roundWithin } = collectionRulesOf(surveyKey);
  const first = halfYearOf(startOfHelsinkiDay(startsOn));
  const last = halfYearOf(startOfHelsinkiDay(endsOn));
  if (first.year !== last.year) return 'A round must lie within one calendar year.';
  if (roundWithin === 'half-year' && first.half !== last.half) return 'A round of this survey must lie within one half-year (January–June or July–December).';
  return null;
}
