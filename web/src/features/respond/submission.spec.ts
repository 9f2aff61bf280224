import { Model, surveyLocalization } from 'survey-core';
import {
  collectAnswers,
  newClientResponseId,
  questionForField,
} from './submission';

// What the respondent app sends: only answers to questions the family could see.

surveyLocalization.defaultLocale = 'fi';

const definition = {
  pages: [
    {
      name: 'first',
      elements: [
        { type: 'rating', name: 'felt_welcome', rateMin: 1, rateMax: 5 },
        { type: 'boolean', name: 'has_children' },
        { type: 'text', name: 'children_count', visibleIf: '{has_children} = true' },
        { type: 'radiogroup', name: 'role', choices: ['mother', 'father'], showOtherItem: true },
        { type: 'html', name: 'note', html: '<p>Info</p>' },
        { type: 'expression', name: 'score', expression: '{felt_welcome} * 2' },
      ],
    },
    {
      name: 'second',
      visibleIf: '{has_children} = true',
      elements: [{ type: 'comment', name: 'about_children' }],
    },
  ],
};

test('answers to questions hidden by later answers are not sent', () => {
  const model = new Model(definition);
  model.setValue('felt_welcome', 4);
  model.setValue('has_children', true);
  model.setValue('children_count', '2');
  model.setValue('about_children', 'They like the play corner');
  model.setValue('has_children', false);

  expect(collectAnswers(model)).toEqual({ felt_welcome: 4, has_children: false });
});

test('an "other" text travels with its question; computed and empty values do not', () => {
  const model = new Model(definition);
  model.setValue('role', 'other');
  model.setValue('role-Comment', 'Grandmother');
  model.setValue('children_count', '');

  expect(collectAnswers(model)).toEqual({ role: 'other', 'role-Comment': 'Grandmother' });
});

test('a server error field finds its question, also for an "other" text', () => {
  const model = new Model(definition);
  expect(questionForField(model, 'answers.felt_welcome')?.name).toBe('felt_welcome');
  expect(questionForField(model, 'answers.role-Comment')?.name).toBe('role');
  expect(questionForField(model, 'answers.no_such_question')).toBeNull();
  expect(questionForField(model, 'meetingPlace')).toBeNull();
});

test('client response ids are random UUID v4', () => {
  const ids = new Set(Array.from({ length: 100 }, () => newClientResponseId()));
  expect(ids.size).toBe(100);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
