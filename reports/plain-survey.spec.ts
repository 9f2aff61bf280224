import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { Model, type ItemValue, type Question } from 'survey-core';
import { isPlainSurvey, plainItems, plainQuestions, type PlainSurveyDefinition } from './plain-survey';

const ROOT = join(__dirname, '..', 'survey-definitions');
const definitionOf = (key: string, version: number) =>
  JSON.parse(readFileSync(join(ROOT, key, `v${version}.json`), 'utf8')) as Record<string, unknown>;
const allDefinitions = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir.name))
      .filter((name) => /^v\d+\.json$/.test(name))
      .map((name) => [`${dir.name}/${name}`, definitionOf(dir.name, Number(name.slice(1, -5)))] as const),
  );

// The families' and partners' current instruments, as the respondent page opens them.
test.each([
  ['visitor-survey', 3],
  ['visitor-survey', 2],
  ['visitor-survey', 1],
  ['stakeholder-survey', 1],
  ['instant-feedback', 2],
  ['instant-feedback', 1],
])('%s v%i is plain: the family page shows it without survey-core', (key, version) => {
  expect(isPlainSurvey(definitionOf(key, version))).toBe(true);
});

const rating = { type: 'rating', name: 'felt_welcome', title: { default: 'Tervetullut', sv: 'Välkommen' }, rateValues: [1, 2, 3] };
const plain = (element: Record<string, unknown>, survey: Record<string, unknown> = {}) => ({
  showQuestionNumbers: 'off',
  ...survey,
  pages: [{ name: 'p1', elements: [element] }],
});

test('the smallest plain survey, panels and scales by rateMin/rateMax included', () => {
  expect(isPlainSurvey(plain(rating))).toBe(true);
  expect(isPlainSurvey(plain({ type: 'panel', name: 'box', title: 'Laatikko', elements: [rating] }))).toBe(true);
  expect(isPlainSurvey(plain({ type: 'rating', name: 'r', rateMin: 0, rateMax: 10, minRateDescription: 'ei', maxRateDescription: { default: 'kyllä' } }))).toBe(true);
  expect(isPlainSurvey(plain({ type: 'checkbox', name: 'c', isRequired: true, choices: ['a', { value: 'b', text: { default: 'B', en: 'Bee' } }] }))).toBe(true);
  expect(isPlainSurvey(plain({ type: 'comment', name: 'x', maxLength: 1000, rows: 4, autoGrow: true }))).toBe(true);
});

test.each<[string, unknown]>([
  ['visibleIf', plain({ ...rating, visibleIf: '{x} = 1' })],
  ['enableIf', plain({ ...rating, enableIf: '{x} = 1' })],
  ['requiredIf on a page', { showQuestionNumbers: 'off', pages: [{ name: 'p', requiredIf: '{x} = 1', elements: [rating] }] }],
  ['validators', plain({ type: 'comment', name: 'x', validators: [{ type: 'text', maxLength: 3 }] })],
  ['an "other" item', plain({ type: 'radiogroup', name: 'r', choices: ['a'], showOtherItem: true })],
  ['a "none" item', plain({ type: 'checkbox', name: 'c', choices: ['a'], showNoneItem: true })],
  ['a comment area', plain({ type: 'radiogroup', name: 'r', choices: ['a'], showCommentArea: true })],
  ['a text question', plain({ type: 'text', name: 't' })],
  ['a dropdown', plain({ type: 'dropdown', name: 'd', choices: ['a'] })],
  ['a boolean', plain({ type: 'boolean', name: 'b' })],
  ['html', plain({ type: 'html', name: 'h', html: '<b>x</b>' })],
  ['stars', plain({ ...rating, rateType: 'stars' })],
  ['a rating dropdown', plain({ ...rating, displayMode: 'dropdown' })],
  ['choices with their own visibleIf', plain({ type: 'radiogroup', name: 'r', choices: [{ value: 'a', visibleIf: '{x} = 1' }] })],
  ['choices by URL', plain({ type: 'radiogroup', name: 'r', choicesByUrl: { url: 'https://example.org' } })],
  ['a trigger', { ...plain(rating), triggers: [{ type: 'complete', expression: '{x} = 1' }] }],
  ['calculated values', { ...plain(rating), calculatedValues: [{ name: 'v', expression: '1' }] }],
  ['question numbers (survey-core shows them by default)', { pages: [{ name: 'p', elements: [rating] }] }],
  ['a survey-level setting we do not render', plain(rating, { questionsOnPageMode: 'questionPerPage' })],
  ['a flat list of elements without pages', { showQuestionNumbers: 'off', elements: [rating] }],
  ['a hidden title', plain({ ...rating, titleLocation: 'hidden' })],
  ['a scale of one point', plain({ type: 'rating', name: 'r', rateMin: 3, rateMax: 3 })],
  ['a question without a name', plain({ type: 'rating', rateValues: [1, 2] })],
  ['not an object', 'visitor-survey'],
])('with %s a definition is not plain: survey-core renders it', (_, definition) => {
  expect(isPlainSurvey(definition)).toBe(false);
});

// The renderer reads scales and choices without survey-core: the same values, in the same order.
test.each(allDefinitions.filter(([, definition]) => isPlainSurvey(definition)))('%s: every scale and choice list is survey-core\'s', (_, definition) => {
  const model = new Model(definition);
  const plainDefinition = definition as unknown as PlainSurveyDefinition;
  const questions = plainDefinition.pages.flatMap((page) => plainQuestions(page.elements));
  expect(questions.map((q) => q.name)).toEqual(model.getAllQuestions().map((q: Question) => q.name));
  for (const question of questions) {
    const core = model.getQuestionByName(question.name) as unknown as { visibleRateValues?: ItemValue[]; visibleChoices?: ItemValue[] };
    const items = question.type === 'rating' ? core.visibleRateValues : question.type === 'comment' ? [] : core.visibleChoices;
    expect(plainItems(question).map((item) => item.value)).toEqual((items ?? []).map((item) => item.value));
  }
});

test('a scale by rateMin, rateMax and rateStep has the points survey-core gives it', () => {
  const question = { type: 'rating' as const, name: 'r', rateMin: 0, rateMax: 10, rateStep: 2 };
  const model = new Model(plain(question));
  const core = model.getQuestionByName('r') as unknown as { visibleRateValues: ItemValue[] };
  expect(plainItems(question).map((item) => item.value)).toEqual(core.visibleRateValues.map((item) => item.value));
  expect(plainItems({ type: 'rating', name: 'd' }).map((item) => item.value)).toEqual([1, 2, 3, 4, 5]);
});
