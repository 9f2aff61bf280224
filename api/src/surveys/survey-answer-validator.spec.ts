import { hasAnswerDependentRules } from '../../../reports/plain-survey';
import { SurveyAnswerValidator } from './survey-answer-validator';

const agreement = [1, 2, 3, 4, 5].map((value) => ({ value, text: String(value) }));
const definition = {
  pages: [
    {
      name: 'main',
      elements: [
        { type: 'rating', name: 'felt_welcome', isRequired: true, rateValues: agreement },
        { type: 'radiogroup', name: 'visits', choices: ['first', 'monthly', 'weekly'], showOtherItem: true },
        { type: 'checkbox', name: 'children_ages', choices: ['0-2', '3-6', '7-12'] },
        { type: 'comment', name: 'free_text', maxLength: 20 },
        { type: 'boolean', name: 'first_visit' },
        { type: 'text', name: 'adults', inputType: 'number', min: 1, max: 10 },
        { type: 'comment', name: 'why_weekly', visibleIf: "{visits} = 'weekly'" },
        { type: 'html', name: 'note', html: 'Thanks' },
      ],
    },
    { name: 'hidden_page', visibleIf: '{felt_welcome} = 1', elements: [{ type: 'comment', name: 'what_went_wrong' }] },
  ],
};

describe('SurveyAnswerValidator', () => {
  const validator = new SurveyAnswerValidator(definition);

  it('accepts valid answers and turns them into aggregation rows', () => {
    const result = validator.validate({
      felt_welcome: 4,
      visits: 'weekly',
      why_weekly: 'close to home',
      children_ages: ['0-2', '3-6'],
      first_visit: false,
      adults: 2,
    });
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual([
      { questionName: 'felt_welcome', valueNumber: 4, valueText: null },
      { questionName: 'visits', valueNumber: null, valueText: 'weekly' },
      { questionName: 'why_weekly', valueNumber: null, valueText: 'close to home' },
      { questionName: 'children_ages', valueNumber: null, valueText: '0-2' },
      { questionName: 'children_ages', valueNumber: null, valueText: '3-6' },
      { questionName: 'first_visit', valueNumber: 0, valueText: null },
      { questionName: 'adults', valueNumber: 2, valueText: null },
    ]);
  });

  it('reports a missing required answer', () => {
    expect(validator.validate({ visits: 'first' }).errors).toEqual([
      { field: 'answers.felt_welcome', message: 'Response required.', code: 'required' },
    ]);
  });

  it.each([
    [{ felt_welcome: 6 }, 'answers.felt_welcome', 'The answer must be one of 1, 2, 3, 4, 5.', 'not-a-choice'],
    [{ felt_welcome: '4' }, 'answers.felt_welcome', 'The answer must be one of 1, 2, 3, 4, 5.', 'not-a-choice'],
    [{ felt_welcome: 4, visits: 'daily' }, 'answers.visits', 'The answer must be one of "first", "monthly", "weekly", "other".', 'not-a-choice'],
    [{ felt_welcome: 4, children_ages: ['0-2', '99'] }, 'answers.children_ages', '"99" is not a choice; choose from "0-2", "3-6", "7-12".', 'not-a-choice'],
    [{ felt_welcome: 4, children_ages: '0-2' }, 'answers.children_ages', 'The answer must be a list of choices.', 'invalid-type'],
    [{ felt_welcome: 4, children_ages: ['0-2', '0-2'] }, 'answers.children_ages', 'A choice may be given only once.', 'repeated-choice'],
    [{ felt_welcome: 4, free_text: 'x'.repeat(21) }, 'answers.free_text', 'The answer is longer than 20 characters.', 'too-long'],
    [{ felt_welcome: 4, free_text: 12 }, 'answers.free_text', 'The answer must be text.', 'invalid-type'],
    [{ felt_welcome: 4, first_visit: 'yes' }, 'answers.first_visit', 'The answer must be true or false.', 'invalid-type'],
    [{ felt_welcome: 4, adults: 11 }, 'answers.adults', 'The value should not be greater than 10', 'invalid-answer'],
    [{ felt_welcome: 4, adults: '2' }, 'answers.adults', 'The answer must be a number.', 'invalid-type'],
    [{ felt_welcome: 4, note: 'x' }, 'answers.note', 'Questions of type "html" do not take answers here.', 'unsupported-question'],
    [{ felt_welcome: 4, extra: 1 }, 'answers.extra', 'There is no question named "extra" in this survey version.', 'unknown-question'],
    [{ felt_welcome: 4, __proto__x: 1 }, 'answers.__proto__x', 'There is no question named "__proto__x" in this survey version.', 'unknown-question'],
    [{ felt_welcome: { $gt: 1 } }, 'answers.felt_welcome', 'The answer must be a number, text, true/false or a list of those.', 'invalid-type'],
  ])('rejects %j at %s', (answers, field, message, code) => {
    expect(validator.validate(answers as Record<string, unknown>).errors).toEqual([{ field, message, code }]);
  });

  it('rejects a "__proto__" key without touching prototypes', () => {
    const answers = JSON.parse('{"felt_welcome": 4, "__proto__": {"polluted": true}}');
    expect(validator.validate(answers).errors).toEqual([
      { field: 'answers.__proto__', message: 'There is no question named "__proto__" in this survey version.', code: 'unknown-question' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects answers to questions hidden by visibleIf, on a question and on a page', () => {
    expect(validator.validate({ felt_welcome: 4, visits: 'first', why_weekly: 'x' }).errors).toEqual([
      { field: 'answers.why_weekly', message: 'This question is not shown for the other answers given, so it cannot be answered.', code: 'not-shown' },
    ]);
    expect(validator.validate({ felt_welcome: 4, what_went_wrong: 'x' }).errors).toEqual([
      { field: 'answers.what_went_wrong', message: 'This question is not shown for the other answers given, so it cannot be answered.', code: 'not-shown' },
    ]);
    expect(validator.validate({ felt_welcome: 1, what_went_wrong: 'x' }).errors).toEqual([]);
  });

  it('accepts the "other" text only with its question', () => {
    expect(validator.validate({ felt_welcome: 4, visits: 'other', 'visits-Comment': 'twice a year' }).errors).toEqual([]);
    expect(validator.validate({ felt_welcome: 4, 'children_ages-Comment': 'x' }).errors).toEqual([
      { field: 'answers.children_ages-Comment', message: 'There is no question named "children_ages-Comment" in this survey version.', code: 'unknown-question' },
    ]);
  });

  it('treats null and empty text as a skip', () => {
    const result = validator.validate({ felt_welcome: 5, free_text: '', visits: null });
    expect(result.errors).toEqual([]);
    expect(result.answers).toEqual({ felt_welcome: 5 });
  });

  it('does not leak one call’s answers into the next', () => {
    expect(validator.validate({ felt_welcome: 1, what_went_wrong: 'x' }).errors).toEqual([]);
    expect(validator.validate({ what_went_wrong: 'x' }).errors).toEqual([
      { field: 'answers.what_went_wrong', message: 'This question is not shown for the other answers given, so it cannot be answered.', code: 'not-shown' },
    ]);
  });

  it('lists the languages a definition has, Finnish being the default', () => {
    const localised = new SurveyAnswerValidator({
      elements: [{ type: 'comment', name: 'x', title: { default: 'Kerro', sv: 'Berätta', en: 'Tell', ar: 'أخبرنا' } }],
    });
    expect([...localised.locales].sort()).toEqual(['ar', 'en', 'fi', 'sv']);
  });
});

describe('SurveyAnswerValidator on a definition without answer-dependent rules', () => {
  const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
  const { join } = jest.requireActual<typeof import('node:path')>('node:path');
  const definitionOf = (key: string, version: number) =>
    JSON.parse(readFileSync(join(__dirname, '../../../survey-definitions', key, `v${version}.json`), 'utf8')) as object;

  it('detects which definitions need survey-core per request', () => {
    expect(hasAnswerDependentRules(definitionOf('visitor-survey', 2))).toBe(false);
    expect(hasAnswerDependentRules(definition)).toBe(true);
    expect(hasAnswerDependentRules({ elements: [{ type: 'text', name: 'x', validators: [{ type: 'email' }] }] })).toBe(true);
  });

  const cases: Record<string, unknown>[] = [
    { felt_welcome: 5, peer_support: 4, loneliness: 1, children_age_bands: ['0-2'], feedback_free_text: 'Kiitos' },
    {},
    { felt_welcome: 6 },
    { felt_welcome: '5' },
    { visit_frequency: 'daily', children_age_bands: ['0-2', '0-2'] },
    { children_age_bands: 'x', unknown: 1 },
    { feedback_free_text: 'x'.repeat(2001) },
    { mood: 3 },
  ];

  it.each([
    ['visitor-survey', 3],
    ['visitor-survey', 2],
    ['visitor-survey', 1],
    ['instant-feedback', 2],
    ['instant-feedback', 1],
    ['huomaa-minut', 2],
    ['huomaa-minut', 1],
    ['peer-evaluation', 1],
  ])('gives exactly the answers survey-core gives for %s v%i', (key, version) => {
    const fast = new SurveyAnswerValidator(definitionOf(key, version));
    const model = new SurveyAnswerValidator(definitionOf(key, version), { alwaysRunModel: true });
    for (const answers of cases) expect(fast.validate(answers)).toEqual(model.validate(answers));
  });

  it('reports a missing required answer with survey-core’s words', () => {
    const instant = new SurveyAnswerValidator(definitionOf('instant-feedback', 1));
    expect(instant.validate({ respondent: 'child' }).errors).toEqual([{ field: 'answers.mood', message: 'Response required.', code: 'required' }]);
  });
});
