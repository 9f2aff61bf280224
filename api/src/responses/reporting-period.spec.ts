import { helsinkiDateOf, periodOf } from './reporting-period';

describe('periodOf', () => {
  it.each([
    ['2026-03-10T12:00:00Z', { year: 2026, half: 1 }],
    ['2026-06-30T20:59:59Z', { year: 2026, half: 1 }], // 23:59:59 in Helsinki (UTC+3)
    ['2026-06-30T21:00:00Z', { year: 2026, half: 2 }], // already 1 July in Helsinki
    ['2026-12-31T21:59:59Z', { year: 2026, half: 2 }], // 23:59:59 in Helsinki (UTC+2)
    ['2026-12-31T22:00:00Z', { year: 2027, half: 1 }], // New Year in Helsinki
  ])('puts %s in %j', (instant, expected) => {
    expect(periodOf(new Date(instant))).toEqual(expected);
  });
});

describe('helsinkiDateOf', () => {
  it.each([
    ['2026-12-06T03:50:00Z', '2026-12-06'],
    ['2026-12-31T21:59:59Z', '2026-12-31'],
    ['2026-12-31T22:00:00Z', '2027-01-01'], // New Year in Helsinki, still 31 December in UTC
    ['2026-06-30T21:30:00Z', '2026-07-01'],
  ])('gives the Finnish calendar day of %s', (instant, expected) => {
    expect(helsinkiDateOf(new Date(instant))).toBe(expected);
  });
});
