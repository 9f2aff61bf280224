import type { PeriodType } from './indicators-api';

// The reporting periods the dashboards offer: calendar years and half-years, as the API names
// them ("2026", "2026-H1"). Pure functions, unit-tested in test/web/dashboard-logic.test.ts.

export const PERIOD_PATTERN = /^(\d{4})(?:-H([12]))?$/;

export function isPeriod(text: string | null): text is string {
  const match = text ? PERIOD_PATTERN.exec(text) : null;
  return !!match && Number(match[1]) >= 2000 && Number(match[1]) <= 2100;
}

export function periodTypeOf(period: string): PeriodType {
  return period.includes('-H') ? 'half-year' : 'year';
}

/**
 * The period a dashboard opens with: the current year once its second half has begun, else
 * the previous year. The visitor and stakeholder surveys run in the autumn, so in the spring
 * the current year would still be almost empty.
 */
export function defaultPeriod(now: Date = new Date()): string {
  const year = now.getFullYear();
  return String(now.getMonth() >= 6 ? year : year - 1);
}

export interface PeriodOptions {
  years: string[];
  halfYears: string[];
}

/**
 * The fixed periods offered (never free date ranges: see docs/disclosure.md): this year and
 * the two before it, as years and half-years, newest first, plus a period from a bookmarked
 * link if it is older.
 */
export function periodOptions(now: Date = new Date(), selected?: string): PeriodOptions {
  const thisYear = now.getFullYear();
  const inSecondHalf = now.getMonth() >= 6;
  const years: string[] = [];
  const halfYears: string[] = [];
  for (let year = thisYear; year >= thisYear - 2; year--) {
    years.push(String(year));
    if (year < thisYear || inSecondHalf) halfYears.push(`${year}-H2`);
    halfYears.push(`${year}-H1`);
  }
  if (selected && isPeriod(selected)) {
    const list = periodTypeOf(selected) === 'year' ? years : halfYears;
    if (!list.includes(selected)) list.push(selected);
  }
  return { years, halfYears };
}

/** The period a change is measured from: the year before, or the half-year before. */
export function previousPeriodOf(period: string): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  const year = Number(match[1]);
  if (!match[2]) return String(year - 1);
  return match[2] === '2' ? `${year}-H1` : `${year - 1}-H2`;
}
