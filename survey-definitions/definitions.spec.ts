// Checks every published survey definition on disk against the index (instruments.json), the
// contract's shared indicator items and the conventions the API validator and the web app rely on.
// A published file never changes: its sha256 is locked in instruments.json.
import { createHash } from 'crypto';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { JsonObject, Model, Serializer, surveyLocalization } from 'survey-core';
import { RESPONDENT_LANGUAGE_CODES, SOURCE_LANGUAGES } from '../reports/languages';

// Untyped SurveyJS JSON, walked generically.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a definition is walked by property name
type JsonValue = any;

interface IndexVersion {
  version: number;
  publishedAt: string;
  checksum: string;
  languages: Record<string, { reviewed: boolean }>;
}
interface IndexEntry {
  key: string;
  kind: string;
  audience: string;
  title: { fi: string; sv: string; en: string };
  periods: string[];
  versions: IndexVersion[];
}

const ROOT = __dirname;
const INDEX_PATH = join(ROOT, 'instruments.json');

interface DefinitionFile {
  key: string;
  version: number;
  path: string;
  bytes: Buffer;
  json: JsonValue;
}

function definitionFilesOnDisk(): DefinitionFile[] {
  const files: DefinitionFile[] = [];
  for (const key of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, key);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      const match = /^v(\d+)\.json$/.exec(name);
      if (!match) continue;
      const path = join(dir, name);
      const bytes = readFileSync(path);
      files.push({ key, version: Number(match[1]), path, bytes, json: JSON.parse(bytes.toString('utf8')) });
    }
  }
  return files;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const index: IndexEntry[] = JSON.parse(readFileSync(INDEX_PATH, 'utf8'));
const files = definitionFilesOnDisk();
const fileId = (f: { key: string; version: number }) => `${f.key}/v${f.version}`;

const KEYS = ['visitor-survey', 'stakeholder-survey', 'instant-feedback', 'huomaa-minut', 'peer-evaluation'];
/** The languages instruments.json declares for a version, as definition locales (`fi` is `default`). */
const declaredLocales = (f: { key: string; version: number }): string[] =>
  Object.keys(index.find((i) => i.key === f.key)?.versions.find((v) => v.version === f.version)?.languages ?? {}).map(
    (code) => (code === 'fi' ? 'default' : code),
  );

const AGREEMENT_FI = [
  'Täysin eri mieltä',
  'Jokseenkin eri mieltä',
  'Ei samaa eikä eri mieltä',
  'Jokseenkin samaa mieltä',
  'Täysin samaa mieltä',
];
const FREQUENCY_FI = ['Ei koskaan', 'Harvoin', 'Joskus', 'Usein', 'Aina'];

// Every property survey-core renders as localisable text, taken from its own metadata so that a
// new kind of text (placeholder, otherText, labelTrue …) cannot slip through untranslated.
const LOCALIZABLE_PROPERTIES: Set<string> = (() => {
  const classes = [
    'survey',
    'page',
    'panel',
    'itemvalue',
    'ratingitem',
    ...Serializer.getChildrenClasses('question', true).map((c) => c.name),
  ];
  const names = new Set<string>();
  for (const cls of classes) {
    for (const prop of Serializer.getProperties(cls)) if (prop.isLocalizable) names.add(prop.name);
  }
  return names;
})();

// Only these element types are used: the server validator checks answers for exactly these.
const QUESTION_TYPES = new Set(['rating', 'radiogroup', 'checkbox', 'comment']);
// Features the server validator (api/src/surveys/survey-answer-validator.ts) cannot check: they
// fetch choices at run time, change answers behind the respondent's back, or disable questions.
// visibleIf, requiredIf and "other" answers are fine: the validator evaluates them.
const FORBIDDEN_PROPERTIES = [
  'choicesByUrl',
  'enableIf',
  'triggers',
  'calculatedValues',
  'setValueIf',
  'setValueExpression',
  'defaultValueExpression',
  'navigateToUrl',
  'navigateToUrlOnCondition',
];

interface Element {
  type: string;
  name: string;
  json: JsonValue;
}

/** Questions and panels in document order (pages excluded). */
function elementsOf(definition: JsonValue): Element[] {
  const out: Element[] = [];
  const visit = (elements: JsonValue[] | undefined) => {
    for (const el of elements ?? []) {
      out.push({ type: el.type, name: el.name, json: el });
      if (el.type === 'panel') visit(el.elements);
    }
  };
  for (const page of definition.pages ?? []) visit(page.elements);
  return out;
}
const questionsOf = (definition: JsonValue) => elementsOf(definition).filter((e) => e.type !== 'panel');
const questionNamed = (definition: JsonValue, name: string) => {
  const found = questionsOf(definition).find((q) => q.name === name);
  if (!found) throw new Error(`question ${name} is missing`);
  return found.json;
};

/** Every [path, value] pair whose key survey-core treats as localisable text. */
function localizableStrings(node: JsonValue, path = '$'): Array<[string, JsonValue]> {
  const out: Array<[string, JsonValue]> = [];
  if (Array.isArray(node)) {
    node.forEach((item, i) => out.push(...localizableStrings(item, `${path}[${i}]`)));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (LOCALIZABLE_PROPERTIES.has(key)) out.push([`${path}.${key}`, value]);
      else out.push(...localizableStrings(value, `${path}.${key}`));
    }
  }
  return out;
}

function allKeys(node: JsonValue): string[] {
  if (Array.isArray(node)) return node.flatMap(allKeys);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => [k, ...allKeys(v)]);
  return [];
}

const scaleValues = (q: JsonValue) => (q.rateValues as JsonValue[]).map((r) => r.value);
const scaleTexts = (q: JsonValue, locale = 'default') => (q.rateValues as JsonValue[]).map((r) => r.text[locale]);
const choiceValues = (q: JsonValue) => (q.choices as JsonValue[]).map((c) => c.value);

describe('instruments.json (the index)', () => {
  it('lists exactly the five instruments with their kind, audience and periods', () => {
    expect(index.map((i) => i.key)).toEqual(KEYS);
    expect(Object.fromEntries(index.map((i) => [i.key, [i.kind, i.audience, i.periods]]))).toEqual({
      'visitor-survey': ['visitor-survey', 'families', ['year']],
      'stakeholder-survey': ['stakeholder-survey', 'partners', ['year']],
      'instant-feedback': ['instant-feedback', 'families', ['year', 'half-year']],
      'huomaa-minut': ['huomaa-minut', 'children-with-adult', ['half-year']],
      'peer-evaluation': ['peer-evaluation', 'staff', ['year']],
    });
    for (const entry of index) {
      expect(Object.keys(entry)).toEqual(['key', 'kind', 'audience', 'title', 'periods', 'versions']);
    }
  });

  it('records the publication dates', () => {
    expect(Object.fromEntries(index.map((i) => [i.key, i.versions.map((v) => [v.version, v.publishedAt])]))).toEqual({
      'visitor-survey': [
        [1, '2025-01-15T00:00:00.000Z'],
        [2, '2026-01-15T00:00:00.000Z'],
        [3, '2026-12-06T00:00:00.000Z'],
      ],
      'stakeholder-survey': [[1, '2025-01-15T00:00:00.000Z']],
      'instant-feedback': [
        [1, '2025-01-15T00:00:00.000Z'],
        [2, '2026-12-06T00:00:00.000Z'],
      ],
      'huomaa-minut': [
        [1, '2025-01-15T00:00:00.000Z'],
        [2, '2026-12-06T00:00:00.000Z'],
      ],
      'peer-evaluation': [
        [1, '2025-01-15T00:00:00.000Z'],
        [2, '2026-12-07T00:00:00.000Z'],
      ],
    });
  });

  it('numbers versions 1..n, in publication order, with sha256 hex checksums', () => {
    for (const entry of index) {
      expect(entry.versions.map((v) => v.version)).toEqual(entry.versions.map((_, i) => i + 1));
      const times = entry.versions.map((v) => Date.parse(v.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const v of entry.versions) {
        expect(new Date(v.publishedAt).toISOString()).toBe(v.publishedAt);
        expect(v.checksum).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });

  it('has a file on disk for every listed version', () => {
    const onDisk = new Set(files.map(fileId));
    const listed = index.flatMap((i) => i.versions.map((v) => fileId({ key: i.key, version: v.version })));
    expect(listed.filter((id) => !onDisk.has(id))).toEqual([]);
    expect(listed).toHaveLength(10);
  });

  it('declares the languages of every version, reviewed or not: Finnish, Swedish and English always, others from the respondent languages', () => {
    for (const entry of index) {
      for (const v of entry.versions) {
        const codes = Object.keys(v.languages);
        expect(codes.slice(0, 3)).toEqual(['fi', 'sv', 'en']);
        expect(codes).toEqual(RESPONDENT_LANGUAGE_CODES.filter((code) => codes.includes(code)));
        for (const code of SOURCE_LANGUAGES) expect([entry.key, v.version, code, v.languages[code]]).toEqual([entry.key, v.version, code, { reviewed: true }]);
        for (const status of Object.values(v.languages)) expect(Object.keys(status)).toEqual(['reviewed']);
      }
    }
  });

  it('offers the families’ current instruments in all ten respondent languages, the translations not yet reviewed by native speakers', () => {
    const current = (key: string) => index.find((i) => i.key === key)!.versions.at(-1)!;
    for (const key of ['visitor-survey', 'instant-feedback', 'huomaa-minut']) {
      expect([key, Object.keys(current(key).languages)]).toEqual([key, [...RESPONDENT_LANGUAGE_CODES]]);
      const unreviewed = Object.entries(current(key).languages).filter(([, s]) => !s.reviewed).map(([code]) => code);
      expect([key, unreviewed]).toEqual([key, ['ar', 'ru', 'so', 'et', 'uk', 'fa', 'sq']]);
    }
  });

  it('carries the title of the current version in fi, sv and en', () => {
    for (const entry of index) {
      const current = files.find((f) => f.key === entry.key && f.version === entry.versions.length)!;
      expect(entry.title).toEqual({ fi: current.json.title.default, sv: current.json.title.sv, en: current.json.title.en });
    }
  });

  it('is pretty-printed JSON with a trailing newline', () => {
    const text = readFileSync(INDEX_PATH, 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
  });
});

describe.each(files.map((f) => [fileId(f), f] as const))('%s', (_id, file) => {
  const entry = index.find((i) => i.key === file.key);
  const locales = declaredLocales(file);

  it('is listed in instruments.json and matches its locked checksum', () => {
    expect(entry).toBeDefined();
    const listed = entry!.versions.find((v) => v.version === file.version);
    expect(listed).toBeDefined();
    expect(sha256(file.bytes)).toBe(listed!.checksum);
  });

  it('is pretty-printed JSON (2-space indent, trailing newline)', () => {
    expect(file.bytes.toString('utf8')).toBe(JSON.stringify(file.json, null, 2) + '\n');
  });

  it('loads in survey-core without unknown or invalid properties', () => {
    const model = new Model(file.json);
    expect(model.jsonErrors ?? []).toEqual([]);
    const reader = new JsonObject();
    reader.toObject(file.json, new Model());
    expect(reader.errors.map((e) => e.message)).toEqual([]);
    expect(model.getAllQuestions().length).toBeGreaterThan(0);
  });

  it(`has every visible text in every declared language (${locales.join(', ')}) and nothing else`, () => {
    expect(locales.length).toBeGreaterThanOrEqual(3);
    const strings = localizableStrings(file.json);
    expect(strings.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const [path, value] of strings) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(`${path}: not a localised object`);
        continue;
      }
      if (JSON.stringify(Object.keys(value).sort()) !== JSON.stringify([...locales].sort())) {
        problems.push(`${path}: locales ${Object.keys(value).join(',')}`);
      }
      for (const locale of locales) {
        const text = value[locale];
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${path}.${locale}: empty`);
        else if (locale !== 'default' && /\p{L}/u.test(value.default) && text === value.default) {
          problems.push(`${path}.${locale}: copied from Finnish`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every choice and scale point an explicit value and a text', () => {
    for (const q of questionsOf(file.json)) {
      const items: JsonValue[] = q.json.rateValues ?? q.json.choices ?? [];
      for (const item of items) {
        expect(typeof item).toBe('object');
        expect(item.value).toBeDefined();
        expect(item.text).toBeDefined();
      }
    }
  });

  it('names every question and panel with a unique snake_case identifier', () => {
    const names = elementsOf(file.json).map((e) => e.name);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(new Set(names).size).toBe(names.length);
    const pageNames = (file.json.pages as JsonValue[]).map((p) => p.name);
    expect(new Set([...pageNames, ...names]).size).toBe(pageNames.length + names.length);
  });

  it('uses only question types the server validator checks, and no logic that changes answers', () => {
    for (const q of questionsOf(file.json)) expect(QUESTION_TYPES).toContain(q.type);
    expect(allKeys(file.json).filter((k) => FORBIDDEN_PROPERTIES.includes(k))).toEqual([]);
  });

  it('codes numeric answers as integers 1..n and choices as short string codes', () => {
    for (const q of questionsOf(file.json)) {
      if (q.type === 'rating') {
        const values = scaleValues(q.json);
        expect(values).toEqual(values.map((_: number, i: number) => i + 1));
        expect(values.length).toBeGreaterThanOrEqual(3);
      }
      if (q.type === 'radiogroup' || q.type === 'checkbox') {
        const values = choiceValues(q.json);
        for (const v of values) expect(v).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(new Set(values).size).toBe(values.length);
      }
    }
  });

  it('limits free text and asks people not to write names', () => {
    const comments = questionsOf(file.json).filter((q) => q.type === 'comment');
    for (const q of comments) {
      expect(Number.isInteger(q.json.maxLength)).toBe(true);
      expect(q.json.maxLength).toBeGreaterThan(0);
      expect(q.json.maxLength).toBeLessThanOrEqual(2000);
      expect(q.json.description.default).toMatch(/nim(iä|eä)/i);
      expect(q.json.description.en).toMatch(/names/i);
    }
  });

  it('switches language with model.locale when Finnish is the default locale', () => {
    const previous = surveyLocalization.defaultLocale;
    surveyLocalization.defaultLocale = 'fi';
    try {
      const model = new Model(file.json);
      const first = model.getAllQuestions()[0];
      const firstJson = questionsOf(file.json)[0].json;
      for (const locale of locales.filter((l) => l !== 'default')) {
        model.locale = locale;
        expect(model.title).toBe(file.json.title[locale]);
        expect(first.title).toBe(firstJson.title[locale]);
      }
      model.locale = 'fi';
      expect(model.title).toBe(file.json.title.default);
      expect(first.title).toBe(firstJson.title.default);
      model.locale = '';
      expect(model.title).toBe(file.json.title.default);
    } finally {
      surveyLocalization.defaultLocale = previous;
    }
  });
});

describe('instrument content', () => {
  const versionsOf = (key: string) => files.filter((f) => f.key === key);
  const requiredNames = (definition: JsonValue) =>
    questionsOf(definition)
      .filter((q) => q.json.isRequired)
      .map((q) => q.name);
  const expectAgreement = (q: JsonValue) => {
    expect(q.type).toBe('rating');
    expect(scaleValues(q)).toEqual([1, 2, 3, 4, 5]);
    expect(scaleTexts(q)).toEqual(AGREEMENT_FI);
    expect(scaleTexts(q, 'en')[0]).toBe('Strongly disagree');
    expect(scaleTexts(q, 'en')[4]).toBe('Strongly agree');
  };

  it('finds every instrument on disk', () => {
    expect([...new Set(files.map((f) => f.key))].sort()).toEqual([...KEYS].sort());
  });

  it('visitor-survey: goal items on the agreement scale and loneliness on the frequency scale, in every version', () => {
    const versions = versionsOf('visitor-survey');
    expect(versions.map((f) => f.version)).toEqual([1, 2, 3]);
    for (const { json } of versions) {
      for (const name of [
        'felt_welcome',
        'peer_support',
        'parenting_resources',
        'everyday_easier',
        'guidance_to_help',
        'children_play',
        'participation',
      ]) {
        expectAgreement(questionNamed(json, name));
      }
      const loneliness = questionNamed(json, 'loneliness');
      expect(loneliness.type).toBe('rating');
      expect(scaleValues(loneliness)).toEqual([1, 2, 3, 4, 5]);
      expect(scaleTexts(loneliness)).toEqual(FREQUENCY_FI);
      expect(scaleTexts(loneliness, 'en')).toEqual(['Never', 'Rarely', 'Sometimes', 'Often', 'Always']);
      expect(loneliness.title.default).toBe('Tunnetko itsesi yksinäiseksi?');
      expect(questionNamed(json, 'feedback_free_text').type).toBe('comment');
      expect(choiceValues(questionNamed(json, 'respondent_role'))).toEqual(['mother', 'father', 'grandparent', 'other-carer']);
      expect(choiceValues(questionNamed(json, 'children_age_bands'))).toEqual(['expecting', '0-2', '3-6', '7-12', '13-18']);
      expect(requiredNames(json)).toEqual([]);
    }
  });

  it('visitor-survey v2 keeps the v1 items with the same type and answer codes, keeps the shared indicators word for word, and adds questions', () => {
    const [v1, v2] = versionsOf('visitor-survey').map((f) => f.json);
    const v1Questions = questionsOf(v1);
    const v2Names = questionsOf(v2).map((q) => q.name);
    for (const q of v1Questions) {
      const kept = questionNamed(v2, q.name);
      expect([q.name, kept.type]).toEqual([q.name, q.json.type]);
      expect([q.name, kept.rateValues ?? kept.choices]).toEqual([q.name, q.json.rateValues ?? q.json.choices]);
    }
    // Shared indicators keep their meaning across versions, so their wording is not touched.
    for (const name of ['felt_welcome', 'peer_support', 'loneliness', 'everyday_easier']) {
      expect(questionNamed(v2, name).title).toEqual(questionNamed(v1, name).title);
    }
    const added = v2Names.filter((name) => !v1Questions.some((q) => q.name === name));
    expect(added).toEqual(['would_recommend', 'activities_wished']);
    expectAgreement(questionNamed(v2, 'would_recommend'));
    expect(questionNamed(v2, 'activities_wished').type).toBe('checkbox');
    const reworded = v1Questions.filter((q) => JSON.stringify(questionNamed(v2, q.name).title) !== JSON.stringify(q.json.title));
    expect(reworded.map((q) => q.name)).toEqual(['participation', 'parenting_resources', 'guidance_to_help']);
  });

  it.each([
    ['visitor-survey', 2, 3],
    ['instant-feedback', 1, 2],
    ['huomaa-minut', 1, 2],
  ])('%s v%d → v%d adds languages and changes nothing else', (key, from, to) => {
    const [before, after] = [from, to].map((v) => versionsOf(key).find((f) => f.version === v)!.json);
    const keep = new Set(declaredLocales({ key, version: from }));
    const withoutNewLanguages = JSON.parse(
      JSON.stringify(after, (_k, value) =>
        value && typeof value === 'object' && typeof value.default === 'string'
          ? Object.fromEntries(Object.entries(value).filter(([locale]) => keep.has(locale)))
          : value,
      ),
    );
    expect(withoutNewLanguages).toEqual(before);
  });

  it('stakeholder-survey: cooperation items on the agreement scale and organisation type', () => {
    for (const { json } of versionsOf('stakeholder-survey')) {
      for (const name of ['collaboration_works', 'referrals_work', 'joint_leadership', 'information_flows', 'own_role_clear']) {
        expectAgreement(questionNamed(json, name));
      }
      const organisation = questionNamed(json, 'organisation_type');
      expect(organisation.type).toBe('radiogroup');
      expect(choiceValues(organisation)).toEqual(['wellbeing-region', 'municipality', 'ngo', 'parish', 'other']);
      expect(questionNamed(json, 'development_ideas').type).toBe('comment');
      expect(requiredNames(json)).toEqual([]);
    }
  });

  it('instant-feedback: a required three-face mood, then optional respondent and reason, one question per page', () => {
    for (const { json } of versionsOf('instant-feedback')) {
      const mood = questionNamed(json, 'mood');
      expect(mood.type).toBe('rating');
      expect(scaleValues(mood)).toEqual([1, 2, 3]);
      expect(scaleTexts(mood)).toEqual(['🙁 Harmittaa', '😐 Ihan ok', '😀 Kiva']);
      expect(requiredNames(json)).toEqual(['mood']);
      expect(choiceValues(questionNamed(json, 'respondent'))).toEqual(['child', 'parent']);
      expect(questionNamed(json, 'reason').type).toBe('checkbox');
      expect(choiceValues(questionNamed(json, 'reason'))).toEqual(
        expect.arrayContaining(['played', 'met-friends', 'got-help']),
      );
      expect((json.pages as JsonValue[]).map((p) => p.elements.length)).toEqual([1, 1, 1]);
    }
  });

  it('huomaa-minut: child questions with faces, felt_heard coded 1 no, 2 sometimes, 3 yes, adult items apart', () => {
    for (const { json } of versionsOf('huomaa-minut')) {
      const heard = questionNamed(json, 'felt_heard');
      expect(heard.type).toBe('rating');
      expect(scaleValues(heard)).toEqual([1, 2, 3]);
      expect(scaleTexts(heard)).toEqual(['🙁 Ei', '😐 Joskus', '🙂 Kyllä']);
      expect(scaleTexts(heard, 'en')).toEqual(['🙁 No', '😐 Sometimes', '🙂 Yes']);
      const feels = questionNamed(json, 'feels_here');
      expect(scaleValues(feels)).toEqual([1, 2, 3]);
      expect(questionNamed(json, 'fun_things').type).toBe('checkbox');
      expect(questionNamed(json, 'wish').type).toBe('comment');
      expect(choiceValues(questionNamed(json, 'age_band'))).toEqual(['0-2', '3-4', '5-6', '7-9', '10-12']);
      expect(questionNamed(json, 'adult_observation').type).toBe('comment');
      expect(requiredNames(json)).toEqual([]);
      const adultPage = (json.pages as JsonValue[]).find((p) => p.name === 'page_for_adult');
      expect(adultPage.title.default).toBe('Aikuiselle');
      expect(adultPage.elements.map((e: JsonValue) => e.name)).toEqual(['age_band', 'adult_observation']);
    }
  });

  it('peer-evaluation: criteria on the 1..4 maturity scale each with evidence, and a summary (v1 also asks the evaluation type)', () => {
    const criteria = {
      panel_activity: [
        'crit_activity_encounter',
        'crit_activity_togetherness',
        'crit_activity_participation',
        'crit_activity_guidance',
        'crit_activity_information',
      ],
      panel_structure: ['crit_structure_family_centre', 'crit_structure_planning_evaluation', 'crit_structure_coordination'],
      panel_access: [
        'crit_access_opening_hours',
        'crit_access_free_of_charge',
        'crit_access_premises',
        'crit_access_competence',
        'crit_access_languages',
      ],
      panel_network: ['crit_network_membership', 'crit_network_practices', 'crit_network_knowledge'],
    };
    for (const { version, json } of versionsOf('peer-evaluation')) {
      if (version === 1) {
        const type = questionNamed(json, 'evaluation_type');
        expect(type.type).toBe('radiogroup');
        expect(choiceValues(type)).toEqual(['self', 'peer']);
        expect(requiredNames(json)).toEqual(['evaluation_type']);
      } else {
        // From v2 the evaluation cycle knows the kind (api/src/evaluations): nothing is required.
        expect(requiredNames(json)).toEqual([]);
      }
      const panels = elementsOf(json).filter((e) => e.type === 'panel');
      expect(panels.map((p) => p.name)).toEqual(Object.keys(criteria));
      for (const panel of panels) {
        const expected = criteria[panel.name as keyof typeof criteria];
        expect(panel.json.elements.map((e: JsonValue) => e.name)).toEqual(expected.flatMap((n) => [n, `${n}_evidence`]));
        for (const name of expected) {
          const rating = questionNamed(json, name);
          expect(rating.type).toBe('rating');
          expect(scaleValues(rating)).toEqual([1, 2, 3, 4]);
          expect(scaleTexts(rating, 'en')).toEqual([
            '1 Not yet started',
            '2 Getting started',
            '3 Established',
            '4 Exemplary, developing further',
          ]);
          expect(questionNamed(json, `${name}_evidence`).type).toBe('comment');
        }
      }
      expect(questionsOf(json).slice(-2).map((q) => [q.name, q.type])).toEqual([
        ['strengths', 'comment'],
        ['development_targets', 'comment'],
      ]);
    }
  });

  it('publishes exactly these items', () => {
    const names = Object.fromEntries(files.map((f) => [fileId(f), questionsOf(f.json).map((q) => q.name)]));
    const visitorV1 = [
      'felt_welcome',
      'peer_support',
      'children_play',
      'participation',
      'parenting_resources',
      'everyday_easier',
      'guidance_to_help',
      'loneliness',
      'respondent_role',
      'children_age_bands',
      'visit_frequency',
      'home_language',
      'feedback_free_text',
    ];
    expect(names['visitor-survey/v1']).toEqual(visitorV1);
    expect(names['visitor-survey/v2']).toEqual([
      ...visitorV1.slice(0, 4),
      'would_recommend',
      ...visitorV1.slice(4, 12),
      'activities_wished',
      'feedback_free_text',
    ]);
    expect(names['stakeholder-survey/v1']).toEqual([
      'organisation_type',
      'collaboration_works',
      'referrals_work',
      'joint_leadership',
      'information_flows',
      'own_role_clear',
      'families_benefit',
      'development_ideas',
    ]);
    expect(names['visitor-survey/v3']).toEqual(names['visitor-survey/v2']);
    expect(names['instant-feedback/v1']).toEqual(['mood', 'respondent', 'reason']);
    expect(names['instant-feedback/v2']).toEqual(names['instant-feedback/v1']);
    expect(names['huomaa-minut/v1']).toEqual(['feels_here', 'felt_heard', 'fun_things', 'wish', 'age_band', 'adult_observation']);
    expect(names['huomaa-minut/v2']).toEqual(names['huomaa-minut/v1']);
    expect(names['peer-evaluation/v1']).toHaveLength(35);
    expect(names['peer-evaluation/v2']).toEqual(names['peer-evaluation/v1'].filter((name) => name !== 'evaluation_type'));
  });
});
