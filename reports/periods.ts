/**
 * Reporting periods: the one place that says what a period is, when it starts and ends, and
 * which periods exist at a moment. The API, the dashboards and the export page all use it.
 *
 * A period is a calendar year ("2026") or a half-year ("2026-H1" January–June, "2026-H2"
 * July–December) in Finnish time: an answer given at 00:30 on 1 July in Helsinki belongs to
 * the second half even though it is still 30 June in UTC. Only these fixed periods are offered,
 * never free date ranges: overlapping ranges could be differenced (docs/disclosure.md).
 */

export type PeriodType = 'year' | 'half-year';

export interface HalfYear {
  year: number;
  /** 1 = January–June, 2 = July–December. */
  half: 1 | 2;
}

export interface ReportingPeriod {
  year: number;
  /** null for the whole year. */
  half: 1 | 2 | null;
}

export const PERIOD_PATTERN = /^(\d{4})(?:-H([12]))?$/;
/** Kohtaamo has no answers before 2000 or after 2100; outside that a period is a typo. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export const TIME_ZONE = 'Europe/Helsinki';

export function parsePeriod(text: string | null | undefined): ReportingPeriod | null {
  const match = text ? PERIOD_PATTERN.exec(text) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return { year, half: match[2] ? (Number(match[2]) as 1 | 2) : null };
}

export function isPeriod(text: string | null | undefined): text is string {
  return parsePeriod(text) !== null;
}

export function formatPeriod(period: ReportingPeriod): string {
  return period.half === null ? String(period.year) : `${period.year}-H${period.half}`;
}

export function periodTypeOf(period: ReportingPeriod | string): PeriodType {
  const parsed = typeof period === 'string' ? parsePeriod(period) : period;
  return parsed?.half ? 'half-year' : 'year';
}

/** The year before, or the half-year before (2026-H1 → 2025-H2). */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  if (period.half === null) return { year: period.year - 1, half: null };
  return period.half === 2 ? { year: period.year, half: 1 } : { year: period.year - 1, half: 2 };
}

/** The same for a period's name; a name that is not a period is returned as it is. */
export function previousPeriodName(period: string): string {
  const parsed = parsePeriod(period);
  return parsed ? formatPeriod(previousPeriod(parsed)) : period;
}

// --- Finnish calendar time ---------------------------------------------------------------------

const HELSINKI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function helsinkiParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(HELSINKI_PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The calendar day in Finland (YYYY-MM-DD) at an instant: what "today" means on a paper form. */
export function helsinkiDateOf(instant: Date): string {
  const { year, month, day } = helsinkiParts(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether text is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** The instant a Finnish calendar day (YYYY-MM-DD) begins: midnight in Helsinki, EET or EEST. */
export function startOfHelsinkiDay(date: string): Date {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a date: ${date}`);
  const wallClock = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Helsinki is UTC+2 or UTC+3; the offset at the guess is right except within hours of a
  // change, and midnight is never inside one (changes happen at 03:00/04:00 local time).
  const guess = new Date(wallClock - 2 * 3600_000);
  const shown = helsinkiParts(guess);
  const shownWallClock = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second);
  return new Date(guess.getTime() - (shownWallClock - wallClock));
}

/** The day after a calendar date (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const match = DATE_PATTERN.exec(date)!;
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return next.toISOString().slice(0, 10);
}

/** The half-year an instant falls in, in Finnish time. */
export function halfYearOf(instant: Date): HalfYear {
  const { year, month } = helsinkiParts(instant);
  return { year, half: month <= 6 ? 1 : 2 };
}

/** The first day of a period and the first day after it (YYYY-MM-DD). */
export function periodDates(period: ReportingPeriod): { from: string; until: string } {
  const { year, half } = period;
  if (half === 1) return { from: `${year}-01-01`, until: `${year}-07-01` };
  if (half === 2) return { from: `${year}-07-01`, until: `${year + 1}-01-01` };
  return { from: `${year}-01-01`, until: `${year + 1}-01-01` };
}

/** When a period begins and the instant after it ends (half-open: [start, end)). */
export function periodBounds(period: ReportingPeriod): { start: Date; end: Date } {
  const { from, until } = periodDates(period);
  return { start: startOfHelsinkiDay(from), end: startOfHelsinkiDay(until) };
}

export function hasStarted(period: ReportingPeriod, now: Date): boolean {
  return periodBounds(period).start.getTime() <= now.getTime();
}

export function hasEnded(period: ReportingPeriod, now: Date): boolean {
  return periodBounds(period).end.getTime() <= now.getTime();
}

/** Whether no answer can be given in this half-year any more. */
export function isClosedHalf(year: number, half: 1 | 2, now: HalfYear): boolean {
  return year < now.year || (year === now.year && half < now.half);
}

/** The periods of a type from `first` to `last` (inclusive), in order. */
export function periodsBetween(type: PeriodType, first: HalfYear, last: HalfYear): ReportingPeriod[] {
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

export interface PeriodChoices {
  /** Newest first. */
  years: string[];
  halfYears: string[];
}

/**
 * The periods a person can pick (dashboards, exports): this year and the years before it
 * (`years` in all), as years and half-years, newest first, and only those that have started
 * in Finland. A period from a bookmarked link is kept in the list if it is older.
 */
export function periodChoices(now: Date, years = 3, selected?: string | null): PeriodChoices {
  const today = halfYearOf(now);
  const choices: PeriodChoices = { years: [], halfYears: [] };
  for (let year = today.year; year > today.year - years; year--) {
    choices.years.push(String(year));
    if (year < today.year || today.half === 2) choices.halfYears.push(`${year}-H2`);
    choices.halfYears.push(`${year}-H1`);
  }
  const bookmarked = parsePeriod(selected);
  if (bookmarked && hasStarted(bookmarked, now)) {
    const list = bookmarked.half === null ? choices.years : choices.halfYears;
    if (!list.includes(selected!)) list.push(selected!);
  }
  return choices;
}

/**
 * The period a dashboard opens with: the last year that has ended in Finland. Figures are
 * published only as releases, so the current year shows participation only until it ends;
 * the reader opens on the latest figures and can choose the current period to follow answers.
 */
export function defaultPeriod(now: Date): string {
  return String(halfYearOf(now).year - 1);
}
