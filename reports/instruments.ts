import { helsinkiDateOf, periodDates, periodBounds, type PeriodType, type ReportingPeriod } from './periods';

/**
 * How each instrument collects answers: a property of the instrument, so that rounds are one
 * concept for all of them (api/src/rounds).
 * - `needsOpenRound`: answers are taken only while a round of the place is open (the children's
 *   "Huomaa minut" is a facilitated session twice a year). Otherwise answers are taken at any
 *   time: QR posters stay valid and phones' queued answers are not refused, and rounds only
 *   decide when figures are released.
 * - `roundWithin`: a round's days lie within one period of this type, the finest period the
 *   instrument's indicators are published for, so that rounds nest inside periods.
 * - `continuous`: answers are collected every day the place is open (the kiosk at the door),
 *   so a period is fully covered only when collection had begun when it began. The other
 *   instruments collect in rounds (a survey month, a children's session): a period holding
 *   its rounds is covered however late in it they fall.
 * - `facilitated`: answers come only through the place's own people or devices (a kiosk tablet
 *   of the place, or its signed-in staff), never from an anonymous link: an adult sits with
 *   the child, and an open link could be filled in by anyone, any number of times.
 */
export interface CollectionRules {
  needsOpenRound: boolean;
  roundWithin: PeriodType;
  continuous: boolean;
  facilitated: boolean;
}

export const COLLECTION_RULES: Readonly<Record<string, CollectionRules>> = {
  'visitor-survey': { needsOpenRound: false, roundWithin: 'year', continuous: false, facilitated: false },
  'stakeholder-survey': { needsOpenRound: false, roundWithin: 'year', continuous: false, facilitated: false },
  'instant-feedback': { needsOpenRound: false, roundWithin: 'half-year', continuous: true, facilitated: false },
  'huomaa-minut': { needsOpenRound: true, roundWithin: 'half-year', continuous: false, facilitated: true },
  'peer-evaluation': { needsOpenRound: false, roundWithin: 'year', continuous: false, facilitated: false },
};

/**
 * Instruments answered only inside the staff's evaluation cycle (api/src/evaluations), attributed
 * to teams and places: never through the anonymous answer path, a poster or a public link.
 * Anonymous answers stored before the cycle existed stay stored and exported.
 */
export const STAFF_CYCLE_INSTRUMENTS: readonly string[] = ['peer-evaluation'];

/** Rules of an instrument not listed: answers at any time, rounds within a year. */
export function collectionRulesOf(surveyKey: string): CollectionRules {
  return COLLECTION_RULES[surveyKey] ?? { needsOpenRound: false, roundWithin: 'year', continuous: false, facilitated: false };
}

/**
 * Answers given while a round was open may still arrive this long after it closed, from the
 * place's own device or a signed-in coordinator (a tablet that was offline at the end).
 */
export const LATE_ARRIVAL_HOURS = 24;

/** How old a device's `answeredAt` may be: an outbox that waited longer has lost its moment. */
export const MAX_ANSWER_AGE_DAYS = 7;

/**
 * A continuously collected instrument needs this long from a period's start to count it as
 * fully covered: the first week of January or July may pass without a kiosk answer.
 */
export const COVERAGE_TOLERANCE_DAYS = 7;

/** The days of a period an instrument was collecting: all of them unless it began later. */
export interface PeriodCoverage {
  /** First and last covered day (YYYY-MM-DD, Finnish time). */
  from: string;
  to: string;
  partial: boolean;
}

/**
 * The coverage of a period by an instrument whose first answer ever was given at `firstAnswer`.
 * The last day is always the period's: a period is released only once it has ended.
 */
export function periodCoverage(surveyKey: string, period: ReportingPeriod, firstAnswer: Date): PeriodCoverage {
  const { from } = periodDates(period);
  const lastDay = helsinkiDateOf(new Date(periodBounds(period).end.getTime() - 1));
  const lateBy = firstAnswer.getTime() - periodBounds(period).start.getTime();
  if (!collectionRulesOf(surveyKey).continuous || lateBy <= COVERAGE_TOLERANCE_DAYS * 86_400_000) {
    return { from, to: lastDay, partial: false };
  }
  return { from: helsinkiDateOf(firstAnswer), to: lastDay, partial: true };
}
