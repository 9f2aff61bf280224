import {
  addTallies,
  changeFrom,
  EMPTY_TALLY,
  indicatorInterval,
  indicatorValue,
  mean,
  meanInterval,
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

describe('change from the previous period', () => {
  it('is the difference in the unit of the indicator, or null when either side is missing', () => {
    expect(changeFrom(0.8, 0.5)).toBeCloseTo(0.3, 12);
    expect(changeFrom(3.9, 4.2)).toBeCloseTo(-0.3, 12);
    expect(changeFrom(null, 0.5)).toBeNull();
    expect(changeFrom(0.5, null)).toBeNull();
  });
});
