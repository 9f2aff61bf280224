// Which area a dashboard may single out as the highest or the lowest (issue #15). With a few
// dozen answers per place, the area with the top value is often top by chance: a headline may
// name it only when its 95 % interval lies entirely above (below) the interval of every other
// area shown. Otherwise no area is named. Pure, so it is unit-tested without a browser.

export type Interval = readonly [number, number];

export interface ClearExtremes<T> {
  /** The one item whose interval lies wholly above every other's; null if there is none. */
  highest: T | null;
  /** The one item whose interval lies wholly below every other's; null if there is none. */
  lowest: T | null;
}

/**
 * The clearly highest and clearly lowest of `items` (the areas whose figures are shown). Needs
 * two items or more, each with an interval: an item without one has an unknown uncertainty,
 * so nothing can be said to lie clearly above or below it. Touching intervals overlap.
 */
export function clearExtremes<T>(items: readonly T[], intervalOf: (item: T) => Interval | null): ClearExtremes<T> {
  const none = { highest: null, lowest: null };
  if (items.length < 2) return none;
  const intervals = items.map(intervalOf);
  if (intervals.some((interval) => interval === null)) return none;
  const known = intervals as Interval[];

  const top = known.reduce((best, interval, i) => (interval[0] > known[best][0] ? i : best), 0);
  const bottom = known.reduce((best, interval, i) => (interval[1] < known[best][1] ? i : best), 0);
  const above = known.every((interval, i) => i === top || known[top][0] > interval[1]);
  const below = known.every((interval, i) => i === bottom || known[bottom][1] < interval[0]);
  return { highest: above ? items[top] : null, lowest: below ? items[bottom] : null };
}
