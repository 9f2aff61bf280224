/**
 * The evaluation plan of a meeting place for a year (arviointisuunnitelma): which instruments
 * run when, and the status of each planned activity. Statuses are computed from what happened
 * (rounds closed with answers, evaluations submitted, co-development days recorded), never
 * stored, so they cannot drift from the data.
 *
 * Months are Finnish calendar months: an instant at 00:30 on 1 March in Helsinki is in March
 * even though it is still February in UTC (see periods.ts).
 */
import { helsinkiDateOf } from './periods';

export const PLAN_ACTIVITY_KINDS = [
  'visitor-survey',
  'stakeholder-survey',
  'huomaa-minut',
  'self-evaluation',
  'peer-evaluation',
  'co-development-day',
] as const;
export type PlanActivityKind = (typeof PLAN_ACTIVITY_KINDS)[number];

/** The activities a collection round of the same instrument completes. */
export const SURVEY_ACTIVITY_KINDS: readonly PlanActivityKind[] = ['visitor-survey', 'stakeholder-survey', 'huomaa-minut'];

export const ACTIVITY_STATUSES = ['upcoming', 'due', 'done', 'overdue'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface PlanActivity {
  kind: PlanActivityKind;
  /** YYYY-MM: the month it is planned for. */
  due: string;
}

/** Something that completes an activity of its kind: a round closed with answers, a submitted evaluation, a recorded day. */
export interface ActivityEvidence {
  kind: PlanActivityKind;
  /** The Finnish calendar day it happened (YYYY-MM-DD). */
  on: string;
}

export interface ActivityState {
  status: ActivityStatus;
  /** The day of the evidence that completed it, when done. */
  completedOn: string | null;
  /** Done, but after its month. */
  late: boolean;
}

/** The Finnish calendar month (YYYY-MM) at an instant. */
export function helsinkiMonthOf(instant: Date): string {
  return helsinkiDateOf(instant).slice(0, 7);
}

/** Status of an activity not (yet) completed: by its month against the current Finnish month. */
export function openStatus(due: string, currentMonth: string): ActivityStatus {
  if (currentMonth < due) return 'upcoming';
  return currentMonth === due ? 'due' : 'overdue';
}

/**
 * Each activity's status. Only evidence from the plan's year counts, and each piece of evidence
 * completes at most one activity (two Huomaa minut rounds are planned for spring and autumn: one
 * spring round must not tick both). First every activity, earliest month first, takes the
 * earliest unused evidence in or before its month (this completes as many activities on time as
 * possible); then activities still open take later evidence of the year and are done late, so
 * that a round held a month late clears its reminder instead of staying overdue for ever.
 */
export function activityStates(year: number, activities: readonly PlanActivity[], evidence: readonly ActivityEvidence[], now: Date): ActivityState[] {
  const currentMonth = helsinkiMonthOf(now);
  const prefix = `${year}-`;
  const pool = evidence.filter((e) => e.on.startsWith(prefix)).sort((a, b) => a.on.localeCompare(b.on));
  const used = new Set<number>();
  const states: (ActivityState | null)[] = activities.map(() => null);
  const order = activities.map((activity, index) => ({ activity, index })).sort((a, b) => a.activity.due.localeCompare(b.activity.due) || a.index - b.index);
  const take = (kind: PlanActivityKind, fits: (on: string) => boolean): string | null => {
    const found = pool.findIndex((e, i) => !used.has(i) && e.kind === kind && fits(e.on));
    if (found < 0) return null;
    used.add(found);
    return pool[found].on;
  };
  for (const { activity, index } of order) {
    const on = take(activity.kind, (day) => day.slice(0, 7) <= activity.due);
    if (on) states[index] = { status: 'done', completedOn: on, late: false };
  }
  for (const { activity, index } of order) {
    if (states[index]) continue;
    const on = take(activity.kind, () => true);
    states[index] = on ? { status: 'done', completedOn: on, late: true } : { status: openStatus(activity.due, currentMonth), completedOn: null, late: false };
  }
  return states as ActivityState[];
}

export type PlanStatusCounts = Record<ActivityStatus, number>;

/** How many activities are in each status: the plan's status at a glance. */
export function countStatuses(states: readonly Pick<ActivityState, 'status'>[]): PlanStatusCounts {
  const counts: PlanStatusCounts = { upcoming: 0, due: 0, done: 0, overdue: 0 };
  for (const { status } of states) counts[status] += 1;
  return counts;
}

/** A due month moved by whole years (copying last year's plan as this year's starting point). */
export function shiftMonth(month: string, years: number): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a month: ${month}`);
  return `${Number(match[1]) + years}-${match[2]}`;
}
