/**
 * Reporting periods follow the Finnish calendar: a response received at 00:30 on 1 July in
 * Helsinki belongs to the second half-year even though it is still 30 June in UTC.
 */
const HELSINKI_YEAR_MONTH = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: 'numeric',
});

export interface PeriodParts {
  year: number;
  /** 1 = January–June, 2 = July–December. */
  half: 1 | 2;
}

export function periodOf(instant: Date): PeriodParts {
  const parts = HELSINKI_YEAR_MONTH.formatToParts(instant);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return { year, half: month <= 6 ? 1 : 2 };
}

const HELSINKI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Finland (YYYY-MM-DD) at an instant: what "today" means on a paper form. */
export function helsinkiDateOf(instant: Date): string {
  return HELSINKI_DATE.format(instant);
}
