/**
 * The arithmetic of indicators, pure and unit-tested with worked examples: tallies that pool
 * upward, shares and means, their 95 % intervals, and change from the previous period.
 */
import type { IndicatorScoring } from './indicator-catalogue';

/**
 * What one cell (an area in a period) knows about one item. Everything is a sum, so a parent's
 * tally is the sum of its children's: higher levels pool respondents instead of averaging the
 * places' values. Σx and Σx² are kept so that means and their intervals pool too.
 */
export interface Tally {
  /** Respondents who answered the item (skips are not counted). */
  n: number;
  /** Respondents whose answer is in the scoring set (shares). */
  positives: number;
  /** Σx over the answers (means). */
  sum: number;
  /** Σx² over the answers (the standard deviation of means). */
  sumOfSquares: number;
}

export const EMPTY_TALLY: Readonly<Tally> = Object.freeze({ n: 0, positives: 0, sum: 0, sumOfSquares: 0 });

export function addTallies(a: Tally, b: Tally): Tally {
  return { n: a.n + b.n, positives: a.positives + b.positives, sum: a.sum + b.sum, sumOfSquares: a.sumOfSquares + b.sumOfSquares };
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  let total: Tally = { ...EMPTY_TALLY };
  for (const tally of tallies) total = addTallies(total, tally);
  return total;
}

/** The tally of `count` answers with the value `value`. */
export function tallyOf(value: number, count: number, scoring: IndicatorScoring): Tally {
  const positive = scoring.type === 'share' && scoring.values.includes(value);
  return { n: count, positives: positive ? count : 0, sum: value * count, sumOfSquares: value * value * count };
}

/** k / n; null without answers. */
export function share(tally: Tally): number | null {
  return tally.n > 0 ? tally.positives / tally.n : null;
}

/** Σx / n; null without answers. */
export function mean(tally: Tally): number | null {
  return tally.n > 0 ? tally.sum / tally.n : null;
}

/** The sample standard deviation from Σx and Σx²; null below two answers. */
export function standardDeviation(tally: Tally): number | null {
  if (tally.n < 2) return null;
  const squaredDeviations = tally.sumOfSquares - (tally.sum * tally.sum) / tally.n;
  // Rounding can leave a tiny negative number when every answer is the same.
  return Math.sqrt(Math.max(0, squaredDeviations) / (tally.n - 1));
}

/** z(0.975): the two-sided 95 % normal quantile. */
export const Z_975 = 1.959963984540054;

/**
 * Wilson score interval for k of n (95 %). Unlike the Wald interval it stays inside [0, 1]
 * and keeps its coverage at small n and at 0 % and 100 %.
 */
export function wilsonInterval(positives: number, n: number, z = Z_975): [number, number] | null {
  if (n <= 0) return null;
  const p = positives / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth)];
}

/**
 * mean ± t(0.975, n−1)·s/√n, clipped to the item's scale (a mean of 1–5 answers cannot lie
 * outside 1–5). Needs two answers.
 */
export function meanInterval(tally: Tally, scale: { min: number; max: number }): [number, number] | null {
  const m = mean(tally);
  const s = standardDeviation(tally);
  if (m === null || s === null) return null;
  const halfWidth = studentTQuantile(0.975, tally.n - 1) * (s / Math.sqrt(tally.n));
  return [Math.max(scale.min, m - halfWidth), Math.min(scale.max, m + halfWidth)];
}

/** The value of a tally under a scoring rule. */
export function indicatorValue(tally: Tally, scoring: IndicatorScoring): number | null {
  return scoring.type === 'share' ? share(tally) : mean(tally);
}

/** The 95 % interval of a tally under a scoring rule. */
export function indicatorInterval(
  tally: Tally,
  scoring: IndicatorScoring,
  scale: { min: number; max: number },
): [number, number] | null {
  return scoring.type === 'share' ? wilsonInterval(tally.positives, tally.n) : meanInterval(tally, scale);
}

/**
 * The 95 % interval of a pooled area (a service area, municipality, region or the country)
 * whose respondents come from several clusters: places, or coarser published areas where a
 * place is withheld (the caller chooses; docs/indicators.md). Families of one place share its
 * staff, rooms and neighbourhood, so their answers are not independent draws from one
 * population, and treating the pooled families as a simple random sample makes the interval
 * too narrow whenever the places differ.
 *
 * The variance is the linearisation (ratio-estimator) variance with clusters as primary
 * units: for the ratio R = Σy_c / Σn_c,
 *   v_cluster = C / (C − 1) · Σ_c (y_c − R·n_c)² / N²,
 * where y_c is a cluster's count of positives (shares) or Σx (means), n_c its respondents, N
 * all respondents and C the clusters with answers. The design effect
 * deff = v_cluster / v_srs is floored at 1: with few clusters v_cluster is itself uncertain,
 * and the interval is never narrower than the simple-random-sample one. Shares take the
 * Wilson interval at the effective sample size N / deff (so it stays inside 0–1 and behaves
 * at 0 % and 100 %); means take R ± t(0.975, N − 1)·√(deff·v_srs), clipped to the scale.
 * With fewer than two clusters there is nothing to cluster, and this is indicatorInterval.
 */
export function pooledInterval(
  clusters: readonly Tally[],
  scoring: IndicatorScoring,
  scale: { min: number; max: number },
): [number, number] | null {
  const answered = clusters.filter((cluster) => cluster.n > 0);
  const total = sumTallies(answered);
  if (answered.length < 2) return indicatorInterval(total, scoring, scale);
  const ratio = indicatorValue(total, scoring)!;
  const scoreOf = (tally: Tally) => (scoring.type === 'share' ? tally.positives : tally.sum);
  const c = answered.length;
  const squaredResiduals = answered.reduce((sum, cluster) => sum + (scoreOf(cluster) - ratio * cluster.n) ** 2, 0);
  const clusterVariance = (c / (c - 1)) * (squaredResiduals / (total.n * total.n));
  if (scoring.type === 'share') {
    const srsVariance = (ratio * (1 - ratio)) / total.n;
    const designEffect = srsVariance > 0 ? Math.max(1, clusterVariance / srsVariance) : 1;
    const effectiveN = total.n / designEffect;
    return wilsonInterval(ratio * effectiveN, effectiveN);
  }
  const s = standardDeviation(total);
  if (s === null) return null;
  const variance = Math.max(clusterVariance, (s * s) / total.n);
  const halfWidth = studentTQuantile(0.975, total.n - 1) * Math.sqrt(variance);
  return [Math.max(scale.min, ratio - halfWidth), Math.min(scale.max, ratio + halfWidth)];
}

/** A figure and its 95 % interval, as a change needs them. */
export interface Estimate {
  value: number;
  ci95: readonly [number, number];
}

/** A change from one period to the next, with its own 95 % interval. */
export interface Change {
  /** current − previous, in the indicator's unit (share points as a fraction, or scale points). */
  value: number;
  ci95: [number, number];
  /** The interval excludes zero: only then is the change called better or worse. */
  clear: boolean;
}

/**
 * The change between two independent estimates and its 95 % interval by MOVER (the method of
 * variance estimates recovered; Zou & Donner 2008): each end of the difference's interval is
 * built from the distances of the two estimates to their own interval ends,
 *   low  = d − √((v₁ − l₁)² + (u₀ − v₀)²),   high = d + √((u₁ − v₁)² + (v₀ − l₀)²).
 * With Wilson intervals this is Newcombe's (1998) hybrid score interval for the difference of
 * two proportions (his method 10), with t intervals of means close to Welch's, and with the
 * pooled areas' clustered intervals it carries their design effect into the change. Periods
 * are treated as independent samples (a family answering in both years is not linked).
 * Uses unrounded values: rounding first leaves changes 0.0001 off.
 */
export function changeBetween(current: Estimate, previous: Estimate): Change {
  const [l1, u1] = current.ci95;
  const [l0, u0] = previous.ci95;
  const d = current.value - previous.value;
  const low = d - Math.sqrt((current.value - l1) ** 2 + (u0 - previous.value) ** 2);
  const high = d + Math.sqrt((u1 - current.value) ** 2 + (previous.value - l0) ** 2);
  return { value: d, ci95: [low, high], clear: low > 0 || high < 0 };
}

/** What a change needs to know of one period's figure. */
export interface PeriodFigure {
  /** The published value and interval (unrounded); null unless published. */
  estimate: Estimate | null;
  /** The period covers only part of its days (docs/indicators.md, "Coverage"). */
  partial: boolean;
}

/**
 * The change the API, the dashboards and CSV show, or null: only between two published
 * figures, and never against a period covered only in part (a December compared with a
 * whole year says nothing). Across a reworded question the change is shown but not
 * comparable, and never clear.
 */
export function reportedChange(current: PeriodFigure, previous: PeriodFigure, comparable: boolean): (Change & { comparable: boolean }) | null {
  if (!current.estimate || !previous.estimate || current.partial || previous.partial) return null;
  const change = changeBetween(current.estimate, previous.estimate);
  return { ...change, clear: change.clear && comparable, comparable };
}

/** Rounds for output; intervals are approximations, four decimals are plenty. */
export function roundTo(value: number, decimals = 4): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

// --- Student's t quantile -------------------------------------------------------------------
// No statistics library is needed for one quantile: the t CDF is a regularized incomplete beta
// function, evaluated with its continued fraction (Numerical Recipes §6.4), and inverted by
// bisection. Accurate to about 1e-10, which the tests check against published tables.

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = c[0];
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

const quantileCache = new Map<string, number>();

/** The p-quantile of Student's t with `df` ≥ 1 degrees of freedom (p in (0, 1)). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie in (0, 1), got ${p}`);
  if (!(df >= 1)) throw new RangeError(`df must be at least 1, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const cacheKey = `${p}:${df}`;
  const cached = quantileCache.get(cacheKey);
  if (cached !== undefined) return cached;
  // t(0.9999999, 1) is about 3.2e6; beyond that the caller wants a different tool.
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < p) {
    high *= 2;
    if (high > 1e8) throw new RangeError(`t quantile for p = ${p} is out of range`);
  }
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
    const middle = (low + high) / 2;
    if (studentTCdf(middle, df) < p) low = middle;
    else high = middle;
  }
  const quantile = (low + high) / 2;
  if (quantileCache.size >= 10_000) quantileCache.clear();
  quantileCache.set(cacheKey, quantile);
  return quantile;
}
