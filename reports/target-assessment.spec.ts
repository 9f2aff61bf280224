import { findIndicator } from './indicator-catalogue';
import { assessTarget, targetRange } from './target-assessment';

describe('target assessment', () => {
  it('is met when the whole interval is on the better side (higher is better)', () => {
    expect(assessTarget({ value: 0.9, ci95: [0.82, 0.95] }, 0.8, 'higher-is-better')).toBe('met');
    expect(assessTarget({ value: 0.6, ci95: [0.5, 0.7] }, 0.8, 'higher-is-better')).toBe('not-met');
  });

  it('respects a lower-is-better direction (loneliness)', () => {
    expect(assessTarget({ value: 0.1, ci95: [0.05, 0.18] }, 0.2, 'lower-is-better')).toBe('met');
    expect(assessTarget({ value: 0.4, ci95: [0.3, 0.5] }, 0.2, 'lower-is-better')).toBe('not-met');
  });

  it('is undecidable when the interval contains the target, ends included', () => {
    expect(assessTarget({ value: 0.85, ci95: [0.7, 0.93] }, 0.8, 'higher-is-better')).toBe('undecidable');
    expect(assessTarget({ value: 0.75, ci95: [0.6, 0.8] }, 0.8, 'higher-is-better')).toBe('undecidable');
    expect(assessTarget({ value: 3.9, ci95: [3.5, 4.3] }, 4, 'higher-is-better')).toBe('undecidable');
  });

  it('gives no decision without a released figure (suppressed, not released)', () => {
    expect(assessTarget({ value: null, ci95: null }, 0.8, 'higher-is-better')).toBe('no-figure');
    expect(assessTarget(null, 0.8, 'lower-is-better')).toBe('no-figure');
  });

  it('ranges a target by the indicator’s unit: shares 0–1, means on the scale', () => {
    expect(targetRange(findIndicator('felt-welcome')!)).toEqual({ min: 0, max: 1 });
    expect(targetRange(findIndicator('network-collaboration')!)).toEqual({ min: 1, max: 5 });
  });
});
