import type { PeriodType } from './periods';

/**
 * How each instrument collects answers: a property of the instrument, so that rounds are one
 * concept for all of them (api/src/rounds).
 * - `needsOpenRound`: answers are taken only while a round of the place is open (the children's
 *   "Huomaa minut" is a facilitated session twice a year). Otherwise answers are taken at any
 *   time: QR posters stay valid and phones' queued answers are not refused, and rounds only
 *   decide when figures are released.
 * - `roundWithin`: a round's days lie within one period of this type, the finest period the
 *   instrument's indicators are published for, so that rounds nest inside periods.
 */
export interface CollectionRules {
  needsOpenRound: boolean;
  roundWithin: PeriodType;
}

export const COLLECTION_RULES: Readonly<Record<string, CollectionRules>> = {
  'visitor-survey': { needsOpenRound: false, roundWithin: 'year' },
  'stakeholder-survey': { needsOpenRound: false, roundWithin: 'year' },
  'instant-feedback': { needsOpenRound: false, roundWithin: 'half-year' },
  'huomaa-minut': { needsOpenRound: true, roundWithin: 'half-year' },
  'peer-evaluation': { needsOpenRound: false, roundWithin: 'year' },
};

/** Rules of an instrument not listed: answers at any time, rounds within a year. */
export function collectionRulesOf(surveyKey: string): CollectionRules {
  return COLLECTION_RULES[surveyKey] ?? { needsOpenRound: false, roundWithin: 'year' };
}

/**
 * Answers given while a round was open may still arrive this long after it closed, from the
 * place's own device or a signed-in coordinator (a tablet that was offline at the end).
 */
export const LATE_ARRIVAL_HOURS = 24;

/** How old a device's `answeredAt` may be: an outbox that waited longer has lost its moment. */
export const MAX_ANSWER_AGE_DAYS = 7;
