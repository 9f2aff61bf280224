import type { CellStatus } from '../../../reports/disclosure';
import type { IndicatorDefinition } from '../../../reports/indicator-catalogue';
import { indicatorValue, pooledInterval, sumTallies, Tally } from '../../../reports/indicator-math';
import type { PeriodCoverage } from '../../../reports/instruments';
import type { Hierarchy } from './hierarchy-reader';

/** One area's figure in a release, as stored: nothing is recomputed when it is read. */
export interface StoredCell {
  s: CellStatus;
  /** Respondents: participation, shown exactly whatever the status. */
  n: number;
  /** Value and interval, only when published; unrounded (the API rounds, changes use these). */
  v?: number;
  ci?: [number, number];
}

/** What a release row's `content` holds. */
export interface ReleaseContent {
  kind: 'period' | 'round';
  /** The hierarchy the figures were computed on, frozen with them. */
  hierarchy: Hierarchy;
  /** Indicator key → area id (AreaNode.id) → cell; areas without answers are left out. */
  indicators: Record<string, Record<string, StoredCell>>;
  /** The survey versions answered in the window, ascending (absent in releases made before they were kept). */
  versions?: number[];
  /** The days the instrument was collecting in the window (absent in releases made before it was kept). */
  coverage?: PeriodCoverage;
}

/**
 * A cell as stored. `clusters` are the published parts of a pooled area (docs/indicators.md,
 * "Pooled intervals"); a place is its own one cluster.
 */
export function storedCell(clusters: readonly Tally[], status: CellStatus, indicator: IndicatorDefinition): StoredCell {
  const tally = sumTallies(clusters);
  if (status !== 'published') return { s: status, n: tally.n };
  const value = indicatorValue(tally, indicator.scoring)!;
  const interval = pooledInterval(clusters, indicator.scoring, indicator.scale);
  return { s: status, n: tally.n, v: value, ...(interval ? { ci: interval } : {}) };
}
