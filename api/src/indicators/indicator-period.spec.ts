import { formatPeriod, isClosedHalf, parsePeriod, periodsBetween, periodTypeOf, previousPeriod } from './indicator-period';

describe('reporting periods', () => {
  it.each([
    ['2026', { year: 2026, half: null }, 'year'],
    ['2026-H1', { year: 2026, half: 1 }, 'half-year'],
    ['2025-H2', { year: 2025, half: 2 }, 'half-year'],
  ])('parses %s', (text, period, type) => {
    expect(parsePeriod(text)).toEqual(period);
    expect(formatPeriod(parsePeriod(text)!)).toBe(text);
    expect(periodTypeOf(parsePeriod(text)!)).toBe(type);
  });

  it.each(['26', '2026-H3', '2026-h1', '2026-Q1', '2026-01', ' 2026', '1999', '2101', ''])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('knows the previous period', () => {
    expect(formatPeriod(previousPeriod(parsePeriod('2026')!))).toBe('2025');
    expect(formatPeriod(previousPeriod(parsePeriod('2026-H1')!))).toBe('2025-H2');
    expect(formatPeriod(previousPeriod(parsePeriod('2026-H2')!))).toBe('2026-H1');
  });

  it('closes a half-year once the next has begun', () => {
    const now = { year: 2026, half: 2 } as const;
    expect(isClosedHalf(2026, 1, now)).toBe(true);
    expect(isClosedHalf(2025, 2, now)).toBe(true);
    expect(isClosedHalf(2026, 2, now)).toBe(false);
  });

  it('lists the periods between two half-years', () => {
    expect(periodsBetween('half-year', { year: 2025, half: 2 }, { year: 2026, half: 2 }).map(formatPeriod)).toEqual(['2025-H2', '2026-H1', '2026-H2']);
    expect(periodsBetween('year', { year: 2024, half: 2 }, { year: 2026, half: 1 }).map(formatPeriod)).toEqual(['2024', '2025', '2026']);
  });
});
