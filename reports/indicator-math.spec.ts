import {
  addTallies,
  changeBetween,
  EMPTY_TALLY,
  indicatorInterval,
  indicatorValue,
  mean,
  meanInterval,
  pooledInterval,
  reportedChange,
  share,
  standardDeviation,
  studentTCdf,
  studentTQuantile,
  sumTallies,
  Tally,
  tallyOf,
  wilsonInterval,
} from './indicator-math';

const AGREE = { type: 'share', values: [4, 5] } as const;
const MEAN = { type: 'mean' } as const;
const ONE_TO_FIVE = { min: 1, max: 5 };

/** The tally of a list of answers. */
const tallyOfAnswers = (answers: number[], scoring: typeof AGREE | typeof MEAN = AGREE): Tally =>
  sumTallies(answers.map((a) => tallyOf(a, 1, scoring)));

describe('tallies', () => {
  it('count answers, positives, Σx and Σx²', () => {
    expect(tallyOfAnswers([5, 5, 4, 3, 2, 1])).toEqual({ n: 6, positives: 3, sum: 20, sumOfSquares: 80 });
    expect(tallyOf(4, 3, AGREE)).toEqual({ n: 3, positives: 3, sum: 12, sumOfSquares: 48 });
    expect(tallyOf(3, 3, AGREE)).toEqual({ n: 3, positives: 0, sum: 9, sumOfSquares: 27 });
  });

  it('pool respondents upward instead of averaging values', () => {
    // Place A: 1 of 2 agree (50 %); place B: 9 of 10 agree (90 %). Pooled: 10 of 12, not 70 %.
    const a = tallyOfAnswers([5, 1]);
    const b = tallyOfAnswers([5, 5, 5, 5, 5, 4, 4, 4, 4, 2]);
    expect(share(addTallies(a, b))).toBeCloseTo(10 / 12, 12);
    expect(sumTallies([])).toEqual(EMPTY_TALLY);
  });
});

describe('share and mean', () => {
  it('share = positives / answered', () => {
    expect(share(tallyOfAnswers([5, 5, 4, 3, 2, 1]))).toBe(0.5);
    expect(share(EMPTY_TALLY)).toBeNull();
  });

  it('mean = Σx / n and the sample standard deviation from Σx²', () => {
    const t = tallyOfAnswers([5, 4, 4, 3, 5], MEAN);
    expect(mean(t)).toBe(4.2);
    // deviations 0.8, −0.2, −0.2, −1.2, 0.8 → squares sum to 2.8 → s² = 2.8 / 4 = 0.7
    expect(standardDeviation(t)).toBeCloseTo(Math.sqrt(0.7), 12);
    expect(standardDeviation(tallyOfAnswers([3], MEAN))).toBeNull();
    expect(standardDeviation(tallyOfAnswers([4, 4, 4, 4, 4], MEAN))).toBe(0);
    expect(mean(EMPTY_TALLY)).toBeNull();
  });

  it('indicatorValue follows the scoring rule', () => {
    const t = tallyOfAnswers([5, 4, 4, 3, 5]);
    expect(indicatorValue(t, AGREE)).toBe(0.8);
    expect(indicatorValue(t, MEAN)).toBe(4.2);
  });
});

describe('Student t quantile', () => {
  it.each([
    [1, 12.706205],
    [2, 4.302653],
    [4, 2.776445],
    [9, 2.262157],
    [29, 2.04523],
    [100, 1.983972],
    [1000, 1.962339],
  ])('t(0.975, %i) = %f as in the tables', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 5);
  });

  it('is symmetric, tends to the normal quantile, and inverts the CDF', () => {
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.262157, 5);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
    expect(studentTQuantile(0.995, 4)).toBeCloseTo(4.604095, 5);
    expect(studentTCdf(studentTQuantile(0.9, 12), 12)).toBeCloseTo(0.9, 10);
    expect(studentTCdf(0, 3)).toBe(0.5);
  });

  it('rejects impossible arguments', () => {
    expect(() => studentTQuantile(1, 4)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('Wilson 95 % interval', () => {
  it('3 of 6: [0.1876, 0.8124]', () => {
    // p = 0.5, z² = 3.8415: centre (0.5 + 0.3201) / 1.6402 = 0.5,
    // half-width 1.9600 / 1.6402 · √(0.25/6 + 3.8415/144) = 1.1949 · 0.2614 = 0.3124.
    const [low, high] = wilsonInterval(3, 6)!;
    expect(low).toBeCloseTo(0.1876, 4);
    expect(high).toBeCloseTo(0.8124, 4);
  });

  it('stays informative at 0 % and 100 % where the Wald interval collapses', () => {
    const [low0, high0] = wilsonInterval(0, 5)!;
    expect(low0).toBe(0);
    expect(high0).toBeCloseTo(0.4345, 4);
    const [low5, high5] = wilsonInterval(5, 5)!;
    expect(low5).toBeCloseTo(0.5655, 4);
    expect(high5).toBe(1);
  });

  it('81 of 100: [0.7222, 0.8749]', () => {
    const [low, high] = wilsonInterval(81, 100)!;
    expect(low).toBeCloseTo(0.7222, 4);
    expect(high).toBeCloseTo(0.8749, 4);
  });

  it('has no interval without answers', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('t interval for means', () => {
  it('5, 4, 4, 3, 5: 4.2 ± 2.7764 · 0.3742, clipped to the top of the scale', () => {
    // s = √0.7 = 0.83666, s/√5 = 0.374166, t(0.975, 4) = 2.776445 → ± 1.038851
    // → [3.161149, 5.238851] → clipped [3.161149, 5]
    const [low, high] = meanInterval(tallyOfAnswers([5, 4, 4, 3, 5], MEAN), ONE_TO_FIVE)!;
    expect(low).toBeCloseTo(3.161149, 5);
    expect(high).toBe(5);
  });

  it('ten answers 1..5 twice: 3 ± 2.2622 · 0.4714', () => {
    // s² = Σ(x − 3)² / 9 = 20 / 9, s/√10 = 0.4714 → ± 1.0664
    const [low, high] = meanInterval(tallyOfAnswers([1, 2, 3, 4, 5, 1, 2, 3, 4, 5], MEAN), ONE_TO_FIVE)!;
    expect(low).toBeCloseTo(1.9336, 4);
    expect(high).toBeCloseTo(4.0664, 4);
  });

  it('is a point when everyone answered the same, and needs two answers', () => {
    expect(meanInterval(tallyOfAnswers([4, 4, 4, 4, 4], MEAN), ONE_TO_FIVE)).toEqual([4, 4]);
    expect(meanInterval(tallyOfAnswers([4], MEAN), ONE_TO_FIVE)).toBeNull();
  });

  it('indicatorInterval picks Wilson for shares and t for means', () => {
    const t = tallyOfAnswers([5, 4, 4, 3, 5]);
    expect(indicatorInterval(t, AGREE, ONE_TO_FIVE)).toEqual(wilsonInterval(4, 5));
    expect(indicatorInterval(t, MEAN, ONE_TO_FIVE)).toEqual(meanInterval(t, ONE_TO_FIVE));
  });
});

describe('pooled intervals (places as clusters)', () => {
  // Worked example in docs/indicators.md: three places, 8/10, 3/10 and 9/10 agree.
  const places = [tallyOf(5, 8, AGREE), tallyOf(2, 2, AGREE), tallyOf(5, 3, AGREE), tallyOf(2, 7, AGREE), tallyOf(5, 9, AGREE), tallyOf(2, 1, AGREE)];
  const clusters = [addTallies(places[0], places[1]), addTallies(places[2], places[3]), addTallies(places[4], places[5])];

  it('widens a share by the design effect of places that differ', () => {
    // R = 20/30; residuals 8 − 6.667, 3 − 6.667, 9 − 6.667 → squares sum to 20.667;
    // v_cluster = 3/2 · 20.667 / 30² = 0.034444; v_srs = (2/3)(1/3)/30 = 0.0074074;
    // deff = 4.65, effective n = 30 / 4.65 = 6.4516 → Wilson(2/3 at n = 6.4516) = 31.0–89.9 %.
    const interval = pooledInterval(clusters, AGREE, ONE_TO_FIVE)!;
    expect(interval[0]).toBeCloseTo(0.30984, 5);
    expect(interval[1]).toBeCloseTo(0.89909, 5);
    // The simple-random-sample interval would claim 48.8–80.8 %.
    const srs = wilsonInterval(20, 30)!;
    expect(srs[0]).toBeCloseTo(0.4878, 4);
    expect(srs[1]).toBeCloseTo(0.80770, 4);
  });

  it('is never narrower than the simple-random-sample interval (deff floored at 1)', () => {
    // Identical places: no variance between them, so v_cluster = 0 and deff is taken as 1.
    const same = [tallyOf(5, 6, AGREE), tallyOf(1, 4, AGREE)];
    const twoAlike = [sumTallies(same), sumTallies(same)];
    expect(pooledInterval(twoAlike, AGREE, ONE_TO_FIVE)).toEqual(wilsonInterval(12, 20));
    // Every answer positive: Wilson at n, not a zero-width interval.
    expect(pooledInterval([tallyOf(5, 6, AGREE), tallyOf(5, 7, AGREE)], AGREE, ONE_TO_FIVE)).toEqual(wilsonInterval(13, 13));
  });

  it('is the plain interval with one cluster (a place, or an area with a single published part)', () => {
    expect(pooledInterval([clusters[0]], AGREE, ONE_TO_FIVE)).toEqual(wilsonInterval(8, 10));
    expect(pooledInterval([clusters[0], EMPTY_TALLY], AGREE, ONE_TO_FIVE)).toEqual(wilsonInterval(8, 10));
  });

  it('widens a mean by the variance between places, with t(N − 1), clipped to the scale', () => {
    // A: 5 5 4 4 5 (Σ 23), B: 2 3 2 3 2 (Σ 12), C: 4 4 3 4 4 (Σ 19); N = 15, R = 3.6.
    // Residuals 23 − 18, 12 − 18, 19 − 18 → 25 + 36 + 1 = 62; v_cluster = 3/2 · 62 / 225 = 0.41333.
    // s² = (210 − 54²/15) / 14 = 1.11429, v_srs = 0.074286 < v_cluster.
    const a = tallyOfAnswers([5, 5, 4, 4, 5], MEAN);
    const b = tallyOfAnswers([2, 3, 2, 3, 2], MEAN);
    const c = tallyOfAnswers([4, 4, 3, 4, 4], MEAN);
    const halfWidth = studentTQuantile(0.975, 14) * Math.sqrt((1.5 * 62) / 225);
    const [low, high] = pooledInterval([a, b, c], MEAN, ONE_TO_FIVE)!;
    expect(low).toBeCloseTo(3.6 - halfWidth, 10);
    expect(high).toBeCloseTo(Math.min(5, 3.6 + halfWidth), 10);
    expect(high - low).toBeGreaterThan(2 * 1.37);
  });
});

describe('change from the previous period', () => {
  it('reproduces Newcombe’s method 10 for the difference of two proportions', () => {
    // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 vs 48/80 → 0.0524 to 0.3339.
    const change = changeBetween({ value: 56 / 70, ci95: wilsonInterval(56, 70)! }, { value: 48 / 80, ci95: wilsonInterval(48, 80)! });
    expect(change.value).toBeCloseTo(0.2, 12);
    expect(change.ci95[0]).toBeCloseTo(0.0524, 4);
    expect(change.ci95[1]).toBeCloseTo(0.3339, 4);
    expect(change.clear).toBe(true);
  });

  it('is not clear when its interval includes zero', () => {
    // The example: +0.7 points at n = 19 (27–68 %) is noise, not "better".
    const now = { value: 9 / 19, ci95: wilsonInterval(9, 19)! };
    const before = { value: 0.4667, ci95: wilsonInterval(14, 30)! };
    const change = changeBetween(now, before);
    expect(change.value).toBeCloseTo(9 / 19 - 0.4667, 12);
    expect(change.ci95[0]).toBeLessThan(0);
    expect(change.ci95[1]).toBeGreaterThan(0);
    expect(change.clear).toBe(false);
  });

  it('is clear downwards too, and symmetric t intervals combine as √(h₁² + h₀²)', () => {
    const change = changeBetween({ value: 3.1, ci95: [2.9, 3.3] }, { value: 4.2, ci95: [4.05, 4.35] });
    expect(change.value).toBeCloseTo(-1.1, 12);
    expect(change.ci95[0]).toBeCloseTo(-1.1 - Math.hypot(0.2, 0.15), 12);
    expect(change.ci95[1]).toBeCloseTo(-1.1 + Math.hypot(0.2, 0.15), 12);
    expect(change.clear).toBe(true);
  });
});

describe('the reported change', () => {
  const now = { estimate: { value: 0.8, ci95: [0.7, 0.88] as const }, partial: false };
  const before = { estimate: { value: 0.6, ci95: [0.5, 0.69] as const }, partial: false };

  it('is given between two published, fully covered periods', () => {
    expect(reportedChange(now, before, true)).toMatchObject({ clear: true, comparable: true });
    expect(reportedChange(now, before, true)!.value).toBeCloseTo(0.2, 12);
  });

  it('is never computed against a period covered only in part, nor without both figures', () => {
    expect(reportedChange(now, { ...before, partial: true }, true)).toBeNull();
    expect(reportedChange({ ...now, partial: true }, before, true)).toBeNull();
    expect(reportedChange(now, { estimate: null, partial: false }, true)).toBeNull();
    expect(reportedChange({ estimate: null, partial: false }, before, true)).toBeNull();
  });

  it('is shown across a reworded question but never called clear', () => {
    expect(reportedChange(now, before, false)).toMatchObject({ clear: false, comparable: false });
  });
});

