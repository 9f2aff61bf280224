import type { CellStatus, Change, IndicatorDirection, IndicatorUnit } from './indicators-api';
import type { DashboardStrings } from './strings';

// How figures read: shares as percentages with one decimal, means with one decimal, in the
// reader's locale (decimal comma in Finnish and Swedish). Pure functions, no React.

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function numberLocale(lang: string): string {
  return LOCALES[lang] ?? 'en-GB';
}

const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(numberLocale(lang), options)));
  return f;
}

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** A published value: "70,7 %" for a share of 0.7071, "4,0" for a mean of 4. */
export function formatValue(value: number, unit: IndicatorUnit, lang: string): string {
  return unit === 'share'
    ? formatter(lang, { style: 'percent', ...ONE_DECIMAL }).format(value)
    : formatter(lang, ONE_DECIMAL).format(value);
}

/** "61,1–78,8 %" or "3,4–4,6". */
export function formatInterval(ci: [number, number], unit: IndicatorUnit, lang: string): string {
  if (unit === 'share') {
    const low = formatter(lang, ONE_DECIMAL).format(ci[0] * 100);
    const high = formatValue(ci[1], unit, lang);
    return `${low}–${high}`;
  }
  return `${formatValue(ci[0], unit, lang)}–${formatValue(ci[1], unit, lang)}`;
}

export function formatCount(n: number, lang: string): string {
  return formatter(lang, { maximumFractionDigits: 0 }).format(n);
}

/** What a cell says when it has no value: never a 0 and never blank. */
export function missingText(status: CellStatus, t: DashboardStrings, n: number | null = null): string {
  if (status === 'no-answers') return t.noAnswers;
  if (status === 'not-released') return t.notReleased;
  // A withheld cell with 5 or more answers protects a smaller one that it would give away.
  return n !== null && n >= 5 ? t.withheld : t.suppressed;
}

export interface CellLike {
  value: number | null;
  status: CellStatus;
  n?: number | null;
}

/** The value, or why there is none. */
export function cellText(cell: CellLike, unit: IndicatorUnit, lang: string, t: DashboardStrings): string {
  return cell.status === 'published' && cell.value !== null ? formatValue(cell.value, unit, lang) : missingText(cell.status, t, cell.n ?? null);
}

export type ChangeDirection = 'up' | 'down' | 'same';
/** Better or worse only for a clear change of a comparable question (the API's `clear`). */
export type ChangeVerdict = 'better' | 'worse' | 'no-clear-change' | 'not-comparable';

export interface ChangeDescription {
  direction: ChangeDirection;
  verdict: ChangeVerdict;
  /** "+12,0 prosenttiyksikköä", "−0,2 yksikköä". */
  amount: string;
  /** The change's 95 % interval: "−8,1 … +12,3 prosenttiyksikköä". */
  interval: string;
  /** The whole sentence for the cell: "nousi 12,0 prosenttiyksikköä, parempi". */
  text: string;
}

/**
 * A change between periods as people read it: which way the figure went, and whether that is
 * better, worse or no clear change. Better or worse needs the change's own interval to exclude
 * zero (`clear`) and the same question in both periods; which is better follows the
 * indicator's direction (less loneliness is better).
 */
export function describeChange(
  change: Pick<Change, 'value' | 'ci95' | 'clear' | 'comparable'>,
  unit: IndicatorUnit,
  direction: IndicatorDirection,
  lang: string,
  t: DashboardStrings,
): ChangeDescription {
  const scale = (x: number) => Math.round((unit === 'share' ? x * 100 : x) * 10) / 10;
  const rounded = scale(change.value);
  const dir: ChangeDirection = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same';
  const verdict: ChangeVerdict = !change.comparable
    ? 'not-comparable'
    : !change.clear
      ? 'no-clear-change'
      : (change.value > 0) === (direction === 'higher-is-better')
        ? 'better'
        : 'worse';
  const unitWord = unit === 'share' ? t.percentagePoints : t.points;
  const signed = formatter(lang, { ...ONE_DECIMAL, signDisplay: 'exceptZero' });
  const amount = `${signed.format(rounded)} ${unitWord}`;
  const interval = `${signed.format(scale(change.ci95[0]))} … ${signed.format(scale(change.ci95[1]))} ${unitWord}`;
  const size = `${formatter(lang, ONE_DECIMAL).format(Math.abs(rounded))} ${unitWord}`;
  const movement = dir === 'same' ? t.unchanged : `${dir === 'up' ? t.rose : t.fell} ${size}`;
  return { direction: dir, verdict, amount, interval, text: `${movement}, ${verdictText(verdict, t)}` };
}

export function verdictText(verdict: ChangeVerdict, t: DashboardStrings): string {
  return { better: t.better, worse: t.worse, 'no-clear-change': t.noClearChange, 'not-comparable': t.notComparableReworded }[verdict];
}

/** "2026", "2026-H1" → the words the period picker uses. */
export function periodLabel(period: string, t: DashboardStrings): string {
  const match = /^(\d{4})(?:-H([12]))?$/.exec(period);
  if (!match) return period;
  const year = Number(match[1]);
  return match[2] ? t.half(year, Number(match[2]) as 1 | 2) : String(year);
}
