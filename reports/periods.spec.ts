import {
  defaultPeriod,
  formatPeriod,
  halfYearOf,
  hasEnded,
  hasStarted,
  helsinkiDateOf,
  isCalendarDate,
  isClosedHalf,
  nextDay,
  parsePeriod,
  periodBounds,
  periodChoices,
  periodsBetween,
  periodTypeOf,
  previousPeriod,
  previousPeriodName,
  startOfHelsinkiDay,
} from './periods';

describe('reporting periods', () => {
  it.each([
    ['2026', { year: 2026, half: null }, 'year'],
    ['2026-H1', { year: 2026, half: 1 }, 'half-year'],
    ['2025-H2', { year: 2025, half: 2 }, 'half-year'],
  ])('parses %s', (text, period, type) => {
    expect(parsePeriod(text)).toEqual(period);
    expect(formatPeriod(parsePeriod(text)!)).toBe(text);
    expect(periodTypeOf(parsePeriod(text)!)).toBe(type);
    expect(periodTypeOf(text)).toBe(type);
  });

  it.each(['26', '2026-H3', '2026-h1', '2026-Q1', '2026-01', ' 2026', '1999', '2101', ''])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('knows the previous period', () => {
    expect(formatPeriod(previousPeriod(parsePeriod('2026')!))).toBe('2025');
    expect(formatPeriod(previousPeriod(parsePeriod('2026-H1')!))).toBe('2025-H2');
    expect(previousPeriodName('2026-H2')).toBe('2026-H1');
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

describe('Finnish time', () => {
  it.each([
    ['2026-03-10T12:00:00Z', { year: 2026, half: 1 }],
    ['2026-06-30T20:59:59Z', { year: 2026, half: 1 }], // 23:59:59 in Helsinki (UTC+3)
    ['2026-06-30T21:00:00Z', { year: 2026, half: 2 }], // already 1 July in Helsinki
    ['2026-12-31T21:59:59Z', { year: 2026, half: 2 }], // 23:59:59 in Helsinki (UTC+2)
    ['2026-12-31T22:00:00Z', { year: 2027, half: 1 }], // New Year in Helsinki
  ])('puts %s in %j', (instant, expected) => {
    expect(halfYearOf(new Date(instant))).toEqual(expected);
  });

  it.each([
    ['2026-12-06T03:50:00Z', '2026-12-06'],
    ['2026-12-31T21:59:59Z', '2026-12-31'],
    ['2026-12-31T22:00:00Z', '2027-01-01'], // New Year in Helsinki, still 31 December in UTC
    ['2026-06-30T21:30:00Z', '2026-07-01'],
  ])('gives the Finnish calendar day of %s', (instant, expected) => {
    expect(helsinkiDateOf(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-01-01', '2025-12-31T22:00:00.000Z'], // EET
    ['2026-07-01', '2026-06-30T21:00:00.000Z'], // EEST
    ['2026-03-29', '2026-03-28T22:00:00.000Z'], // the day summer time begins (at 03:00)
    ['2026-10-25', '2026-10-24T21:00:00.000Z'], // the day it ends (at 04:00)
  ])('starts the Finnish day %s at %s', (date, instant) => {
    expect(startOfHelsinkiDay(date).toISOString()).toBe(instant);
  });

  it('bounds a period in Finnish time', () => {
    const { start, end } = periodBounds(parsePeriod('2026-H1')!);
    expect([start.toISOString(), end.toISOString()]).toEqual(['2025-12-31T22:00:00.000Z', '2026-06-30T21:00:00.000Z']);
    expect(hasStarted(parsePeriod('2026-H2')!, new Date('2026-06-30T21:00:00Z'))).toBe(true);
    expect(hasStarted(parsePeriod('2026-H2')!, new Date('2026-06-30T20:59:59Z'))).toBe(false);
    expect(hasEnded(parsePeriod('2026')!, new Date('2026-12-31T22:00:00Z'))).toBe(true);
  });

  it('checks and steps calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-28')).toBe(false);
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('the periods offered', () => {
  // 30 June 23:30 in Helsinki is still the first half there, whatever the browser's zone.
  const lastEveningOfJune = new Date('2026-06-30T20:30:00Z');
  const firstNightOfJuly = new Date('2026-06-30T21:30:00Z');

  it('offers only periods that have started in Finland', () => {
    expect(periodChoices(lastEveningOfJune)).toEqual({
      years: ['2026', '2025', '2024'],
      halfYears: ['2026-H1', '2025-H2', '2025-H1', '2024-H2', '2024-H1'],
    });
    expect(periodChoices(firstNightOfJuly).halfYears[0]).toBe('2026-H2');
  });

  it('keeps an older bookmarked period but not a future one', () => {
    expect(periodChoices(lastEveningOfJune, 3, '2019-H2').halfYears).toContain('2019-H2');
    expect(periodChoices(lastEveningOfJune, 3, '2026-H2').halfYears).not.toContain('2026-H2');
  });

  it('opens on the last year that has ended in Finland (the latest released figures)', () => {
    expect(defaultPeriod(lastEveningOfJune)).toBe('2025');
    expect(defaultPeriod(firstNightOfJuly)).toBe('2025');
    expect(defaultPeriod(new Date('2026-12-31T21:59:59Z'))).toBe('2025');
    expect(defaultPeriod(new Date('2026-12-31T22:00:00Z'))).toBe('2026');
  });
});
