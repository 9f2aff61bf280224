const locales: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A timestamp in Finnish time (where the places are), in the reader's language. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang] ?? 'fi-FI', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}

/** The Finnish calendar day of an instant (5.10.2026), in the reader's language. */
export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locales[lang] ?? 'fi-FI', { dateStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
}

/** A calendar day written YYYY-MM-DD (a round's first day, say), in the reader's language. */
export function formatCalendarDay(day: string, lang: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[lang] ?? 'fi-FI', { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}
