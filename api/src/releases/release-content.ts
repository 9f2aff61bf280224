import type { CellStatus } from '../../../reports/disclosure';
import type { IndicatorDefinition } from '../../../reports/indicator-catalogue';
import { indicatorInterval, indicatorValue, roundTo, Tally } from '../../../reports/indicator-math';
import type { Hierarchy } from './hierarchy-reader';

/** One area's figure in a release, as stored: nothing is recomputed when it is read. */
export interface StoredCell {
  s: CellStatus;
  /** Respondents: participation, shown exactly whatever the status. */
  n: number;
  /** Value and interval, only when published. */
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
}

export function storedCell(tally: Tally, status: CellStatus, indicator: IndicatorDefinition): StoredCell {
  if (status !== 'published') return { s: status, n: tally.n };
  const value = indicatorValue(tally, indicator.scoring)!;
  const interval = indicatorInterval(tally, indicator.scoring, indicator.scale);
  return { s: status, n: tally.n, v: roundTo(value), ...(interval ? { ci: [roundTo(interval[0]), roundTo(interval[1])] } : {}) };
}
