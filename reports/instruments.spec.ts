import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_RULES } from './instruments';

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
