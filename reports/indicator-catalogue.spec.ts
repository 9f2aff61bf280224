import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findIndicator, INDICATOR_CATALOGUE, itemNamesOf } from './indicator-catalogue';
import { withCatalogueTable } from './indicator-docs';

const ROOT = join(__dirname, '..');
const DEFINITIONS = join(ROOT, 'survey-definitions');

// Untyped SurveyJS JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a definition is walked by property name
type Json = any;

interface InstrumentEntry {
  key: string;
  periods: string[];
  versions: { version: number }[];
}
const instruments: InstrumentEntry[] = JSON.parse(readFileSync(join(DEFINITIONS, 'instruments.json'), 'utf8'));

function questionsOf(definition: Json): Json[] {
  const out: Json[] = [];
  const visit = (elements: Json[] | undefined) => {
    for (const element of elements ?? []) {
      if (element.type === 'panel') visit(element.elements);
      else out.push(element);
    }
  };
  for (const page of definition.pages ?? []) visit(page.elements);
  return out;
}

function definition(key: string, version: number): Json {
  return JSON.parse(readFileSync(join(DEFINITIONS, key, `v${version}.json`), 'utf8'));
}

const publishedVersions = (key: string) => instruments.find((i) => i.key === key)!.versions.map((v) => v.version);

describe('the indicator catalogue', () => {
  it('has the contract\'s seven core indicators, exactly as the contract defines them, first', () => {
    const core = INDICATOR_CATALOGUE.filter((i) => i.core).map((i) => [i.key, i.instrument, itemNamesOf(i), i.scoring, i.unit]);
    expect(core).toEqual([
      ['felt-welcome', 'visitor-survey', ['felt_welcome'], { type: 'share', values: [4, 5] }, 'share'],
      ['peer-support', 'visitor-survey', ['peer_support'], { type: 'share', values: [4, 5] }, 'share'],
      ['loneliness', 'visitor-survey', ['loneliness'], { type: 'share', values: [4, 5] }, 'share'],
      ['everyday-easier', 'visitor-survey', ['everyday_easier'], { type: 'share', values: [4, 5] }, 'share'],
      ['instant-positive', 'instant-feedback', ['mood'], { type: 'share', values: [3] }, 'share'],
      ['child-heard', 'huomaa-minut', ['felt_heard'], { type: 'share', values: [3] }, 'share'],
      ['network-collaboration', 'stakeholder-survey', ['collaboration_works'], { type: 'mean' }, 'mean'],
    ]);
    expect(INDICATOR_CATALOGUE.slice(0, 7).every((i) => i.core)).toBe(true);
    expect(findIndicator('loneliness')!.direction).toBe('lower-is-better');
    expect(INDICATOR_CATALOGUE.filter((i) => i.direction === 'lower-is-better').map((i) => i.key)).toEqual(['loneliness']);
  });

  it('adds the model\'s other goals', () => {
    expect(INDICATOR_CATALOGUE.filter((i) => !i.core).map((i) => [i.key, itemNamesOf(i)])).toEqual([
      ['parenting-resources', ['parenting_resources']],
      ['guidance-to-help', ['guidance_to_help']],
      ['children-play', ['children_play']],
      ['participation', ['participation']],
      ['would-recommend', ['would_recommend']],
      ['child-feels-good', ['feels_here']],
      ['stakeholder-referrals', ['referrals_work']],
      ['joint-leadership', ['joint_leadership']],
    ]);
  });

  it('has unique kebab-case keys and every text in fi, sv and en', () => {
    const keys = INDICATOR_CATALOGUE.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const indicator of INDICATOR_CATALOGUE) {
      expect(indicator.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const text of [indicator.title, indicator.description, ...(indicator.note ? [indicator.note] : [])]) {
        expect(Object.keys(text).sort()).toEqual(['en', 'fi', 'sv']);
        for (const value of Object.values(text)) expect(value.trim().length).toBeGreaterThan(3);
      }
    }
  });

  it('scores consistently: unit follows the scoring, share values lie on the scale', () => {
    for (const indicator of INDICATOR_CATALOGUE) {
      expect([indicator.key, indicator.unit]).toEqual([indicator.key, indicator.scoring.type]);
      if (indicator.scoring.type === 'share') {
        expect(indicator.scoring.values.length).toBeGreaterThan(0);
        for (const value of indicator.scoring.values) {
          expect(Number.isInteger(value) && value >= indicator.scale.min && value <= indicator.scale.max).toBe(true);
        }
      }
    }
  });

  it('is published for the periods its instrument runs in', () => {
    for (const indicator of INDICATOR_CATALOGUE) {
      const instrument = instruments.find((i) => i.key === indicator.instrument)!;
      expect([indicator.key, [...indicator.periods]]).toEqual([indicator.key, instrument.periods]);
    }
  });

  it('points at rating items that exist with the right scale in every version it lists', () => {
    for (const indicator of INDICATOR_CATALOGUE) {
      for (const [version, name] of Object.entries(indicator.items)) {
        expect(publishedVersions(indicator.instrument)).toContain(Number(version));
        const question = questionsOf(definition(indicator.instrument, Number(version))).find((q) => q.name === name);
        const found = question && {
          type: question.type,
          values: question.rateValues.map((r: Json) => r.value),
        };
        const scale = Array.from({ length: indicator.scale.max - indicator.scale.min + 1 }, (_, i) => indicator.scale.min + i);
        expect([indicator.key, version, found]).toEqual([indicator.key, version, { type: 'rating', values: scale }]);
      }
    }
  });

  it('uses the scale the item declares: agreement, frequency or faces', () => {
    const firstTextOf = (indicator: (typeof INDICATOR_CATALOGUE)[number]) => {
      const [version, name] = Object.entries(indicator.items)[0];
      const question = questionsOf(definition(indicator.instrument, Number(version))).find((q) => q.name === name);
      return question.rateValues[0].text.en as string;
    };
    for (const indicator of INDICATOR_CATALOGUE) {
      const expected = { agreement: 'Strongly disagree', frequency: 'Never' }[indicator.scale.kind as 'agreement' | 'frequency'];
      if (expected) expect([indicator.key, firstTextOf(indicator)]).toEqual([indicator.key, expected]);
      else expect([indicator.key, firstTextOf(indicator)]).toEqual([indicator.key, expect.stringMatching(/^\p{Extended_Pictographic}/u)]);
    }
  });

  it('maps every version published since the indicator began, and an item name means it in every version that has it', () => {
    // The API aggregates by item name over the covering index without reading the version: so
    // an item name may not mean something else in another version, and a new version of an
    // instrument must be mapped here on purpose (the publishing steps in survey-definitions/README.md).
    for (const indicator of INDICATOR_CATALOGUE) {
      const versions = publishedVersions(indicator.instrument);
      const first = Math.min(...Object.keys(indicator.items).map(Number));
      for (const version of versions.filter((v) => v >= first)) {
        expect([indicator.key, version, typeof indicator.items[version]]).toEqual([indicator.key, version, 'string']);
      }
      for (const name of itemNamesOf(indicator)) {
        for (const version of versions) {
          const has = questionsOf(definition(indicator.instrument, version)).some((q) => q.name === name);
          if (has) expect([indicator.key, name, version, indicator.items[version]]).toEqual([indicator.key, name, version, name]);
        }
      }
    }
  });

  it('knows every instrument folder it refers to', () => {
    const folders = readdirSync(DEFINITIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const indicator of INDICATOR_CATALOGUE) expect(folders).toContain(indicator.instrument);
  });
});

describe('docs/indicators.md', () => {
  it('holds the catalogue table generated from the catalogue', () => {
    const path = join(ROOT, 'docs', 'indicators.md');
    const document = readFileSync(path, 'utf8');
    const expected = withCatalogueTable(document, INDICATOR_CATALOGUE);
    if (process.env.UPDATE_DOCS === '1' && expected !== document) writeFileSync(path, expected);
    else expect(document).toBe(expected);
  });
});
