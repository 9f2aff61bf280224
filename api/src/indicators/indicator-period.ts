import type { PeriodType } from '../../../reports/indicator-catalogue';
import type { PeriodParts } from '../responses/reporting-period';

/**
 * A reporting period as the API names it: a calendar year ("2026") or a half-year ("2026-H1",
 * January–June; "2026-H2", July–December), of `receivedAt` in Finnish time. Only these fixed
 * periods are offered, never free date ranges: overlapping ranges could be differenced.
 */
export interface ReportingPeriod {
  year: number;
  /** null for the whole year. */
  half: 1 | 2 | null;
}

export const PERIOD_PATTERN = /^(\d{4})(?:-H([12]))?$/;
/** Kohtaamo has no answers before 2000 or after 2100; outside that a period is a typo. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function parsePeriod(text: string): ReportingPeriod | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return { year, half: match[2] ? (Number(match[2]) as 1 | 2) : null };
}

export function formatPeriod(period: ReportingPeriod): string {
  return period.half === null ? String(period.year) : `${period.year}-H${period.half}`;
}

export function periodTypeOf(period: ReportingPeriod): PeriodType {
  return period.half === null ? 'year' : 'half-year';
}

/** The year before, or the half-year before (2026-H1 → 2025-H2). */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  if (period.half === null) return { year: period.year - 1, half: null };
  return period.half === 2 ? { year: period.year, half: 1 } : { year: period.year - 1, half: 2 };
}

/** Whether no answer can arrive in this half-year any more: answers are stamped with the time they arrive. */
export function isClosedHalf(year: number, half: 1 | 2, now: PeriodParts): boolean {
  return year < now.year || (year === now.year && half < now.half);
}

/** The periods of a type from `first` to `last` (inclusive), in order. */
export function periodsBetween(type: PeriodType, first: PeriodParts, last: PeriodParts): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  if (type === 'year') {
    for (let year = first.year; year <= last.year; year++) out.push({ year, half: null });
    return out;
  }
  for (let year = first.year; year <= last.year; year++) {
    for (const half of [1, 2] as const) {
      if ((year === first.year && half < first.half) || (year === last.year && half > last.half)) continue;
      out.push({ year, half });
    }
  }
  return out;
}
