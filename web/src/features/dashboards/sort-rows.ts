import type { SortDirection } from './dashboard-query';
import type { ComparisonRow } from './indicators-api';

/**
 * The rows of a comparison table in the order asked for: by name, or by one indicator's value.
 * Suppressed and empty cells always come last, whichever the direction, in name order: a
 * withheld figure is neither high nor low. Equal values fall back to the name.
 */
export function sortRows(
  rows: readonly ComparisonRow[],
  sort: string,
  dir: SortDirection,
  lang: string,
  nameOf: (row: ComparisonRow) => string,
): ComparisonRow[] {
  const collator = new Intl.Collator(lang);
  const sign = dir === 'descending' ? -1 : 1;
  const byName = (a: ComparisonRow, b: ComparisonRow) => collator.compare(nameOf(a), nameOf(b));
  const valueOf = (row: ComparisonRow) => {
    const cell = row.indicators.find((i) => i.key === sort);
    return cell && cell.status === 'published' ? cell.value : null;
  };
  return [...rows].sort((a, b) => {
    if (sort === 'name') return sign * byName(a, b);
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
}
