/**
 * Whether a place reached a target it set in its evaluation plan for a shared indicator.
 *
 * A target is in the indicator's own unit (a share as a fraction 0–1, a mean on the item's
 * scale). The released figure carries a 95 % interval; when the interval contains the target
 * the data cannot tell whether the target was reached, so the honest answer is "undecidable",
 * not a coin toss on the point estimate. The direction matters: for loneliness lower is better.
 *
 * Plain functions with no imports beyond types, so that the web app can bundle them too.
 */
import type { IndicatorDefinition, IndicatorDirection, IndicatorUnit } from './indicator-catalogue';

export const TARGET_ASSESSMENTS = ['met', 'not-met', 'undecidable', 'no-figure'] as const;
export type TargetAssessment = (typeof TARGET_ASSESSMENTS)[number];

export interface ReleasedFigure {
  /** null when suppressed (n < 5), withheld or not released yet. */
  value: number | null;
  ci95: readonly [number, number] | null;
}

/**
 * - no-figure: nothing released to compare with (suppressed, no answers, not released yet);
 * - undecidable: the interval contains the target;
 * - met / not-met: the whole interval is on the better / worse side of the target.
 * Without an interval (not expected for released figures) the value alone decides.
 */
export function assessTarget(figure: ReleasedFigure | null, target: number, direction: IndicatorDirection): TargetAssessment {
  if (!figure || figure.value === null || !Number.isFinite(figure.value)) return 'no-figure';
  const [low, high] = figure.ci95 ?? [figure.value, figure.value];
  if (low <= target && target <= high) return 'undecidable';
  const above = low > target;
  if (direction === 'higher-is-better') return above ? 'met' : 'not-met';
  return above ? 'not-met' : 'met';
}

/** The range a target of the indicator may take: 0–1 for shares, the item's scale for means. */
export function targetRange(indicator: Pick<IndicatorDefinition, 'unit' | 'scale'>): { min: number; max: number } {
  return unitRange(indicator.unit, indicator.scale);
}

function unitRange(unit: IndicatorUnit, scale: { min: number; max: number }): { min: number; max: number } {
  return unit === 'share' ? { min: 0, max: 1 } : { min: scale.min, max: scale.max };
}
