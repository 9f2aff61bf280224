import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_RULES, periodCoverage } from './instruments';

const instruments: { key: string; periods: string[] }[] = JSON.parse(readFileSync(join(__dirname, '../survey-definitions/instruments.json'), 'utf8'));

describe('collection rules', () => {
  it('cover every instrument', () => {
    expect(Object.keys(COLLECTION_RULES).sort()).toEqual(instruments.map((i) => i.key).sort());
  });

  it.each(instruments.map((i) => [i.key, i.periods] as const))('keep %s rounds inside its finest published period', (key, periods) => {
    const finest = periods.includes('half-year') ? 'half-year' : 'year';
    expect(COLLECTION_RULES[key].roundWithin).toBe(finest);
  });

  it('take Huomaa minut answers only in an open round', () => {
    expect(Object.entries(COLLECTION_RULES).filter(([, rules]) => rules.needsOpenRound).map(([key]) => key)).toEqual(['huomaa-minut']);
  });
});

describe('period coverage', () => {
  const year2024 = { year: 2024, half: null };
  it('is partial for a continuous instrument that began collecting after the period began', () => {
    // The kiosks went up on 6 December 2024: the year 2024 covers 6–31 December only.
    expect(periodCoverage('instant-feedback', year2024, new Date('2024-12-06T08:00:00Z'))).toEqual({ from: '2024-12-06', to: '2024-12-31', partial: true });
    expect(periodCoverage('instant-feedback', { year: 2025, half: 1 }, new Date('2024-12-06T08:00:00Z'))).toEqual({
      from: '2025-01-01',
      to: '2025-06-30',
      partial: false,
    });
  });

  it('allows a quiet first week, and counts days in Finnish time', () => {
    expect(periodCoverage('instant-feedback', year2024, new Date('2024-01-07T21:30:00Z')).partial).toBe(false);
    expect(periodCoverage('instant-feedback', year2024, new Date('2024-01-08T22:30:00Z'))).toEqual({ from: '2024-01-09', to: '2024-12-31', partial: true });
  });

  it('is full for instruments collected in rounds, however late the first round', () => {
    expect(periodCoverage('visitor-survey', year2024, new Date('2024-10-01T08:00:00Z')).partial).toBe(false);
    expect(periodCoverage('huomaa-minut', { year: 2024, half: 1 }, new Date('2024-05-20T08:00:00Z'))).toEqual({
      from: '2024-01-01',
      to: '2024-06-30',
      partial: false,
    });
  });
});
