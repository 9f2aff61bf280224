import type { PlainSurveyDefinition } from '../../../../reports/plain-survey';
import { advancesByItself, answersToSend, formatProgress, pageOfQuestion, unansweredRequired } from './plain-survey-answers';

const survey: PlainSurveyDefinition = {
  autoAdvanceEnabled: true,
  pages: [
    { elements: [{ type: 'rating', name: 'mood', isRequired: true, rateValues: [1, 2, 3] }] },
    { elements: [{ type: 'panel', elements: [{ type: 'radiogroup', name: 'who', choices: ['child', 'parent'] }] }] },
    {
      elements: [
        { type: 'checkbox', name: 'reason', choices: ['a', 'b'] },
        { type: 'comment', name: 'free' },
      ],
    },
  ],
};

test('only answered questions of the survey are sent: no empty text, list or unknown name', () => {
  expect(answersToSend(survey, { mood: 3, who: undefined, reason: [], free: '  ', other: 'x' })).toEqual({ mood: 3 });
  expect(answersToSend(survey, { who: 'child', reason: ['a'], free: 'Kiitos' })).toEqual({ who: 'child', reason: ['a'], free: 'Kiitos' });
});

test('required questions without an answer block the page', () => {
  const first = [{ type: 'rating' as const, name: 'mood', isRequired: true }];
  expect(unansweredRequired(first, {})).toEqual(['mood']);
  expect(unansweredRequired(first, { mood: 1 })).toEqual([]);
});

test('the page of a question, panels included', () => {
  expect(pageOfQuestion(survey, 'who')).toBe(1);
  expect(pageOfQuestion(survey, 'free')).toBe(2);
  expect(pageOfQuestion(survey, 'nothing')).toBe(-1);
});

test('a tapped single choice moves on by itself where the survey says so, never from the last page', () => {
  const [mood, who] = [survey.pages[0].elements[0], { type: 'radiogroup' as const, name: 'who' }];
  expect(advancesByItself(survey, 0, mood as never, { mood: 2 })).toBe(true);
  expect(advancesByItself(survey, 1, who, { who: 'child' })).toBe(true);
  expect(advancesByItself({ ...survey, autoAdvanceEnabled: false }, 0, mood as never, { mood: 2 })).toBe(false);
  expect(advancesByItself(survey, 2, { type: 'checkbox', name: 'reason' }, { reason: ['a'] })).toBe(false);
  expect(advancesByItself({ pages: [survey.pages[0]], autoAdvanceEnabled: true }, 0, mood as never, { mood: 2 })).toBe(false);
});

test('the progress text takes the page numbers', () => {
  expect(formatProgress('Sivu {0} / {1}', 2, 5)).toBe('Sivu 2 / 5');
  expect(formatProgress('Sida {0} av {1}', 1, 3)).toBe('Sida 1 av 3');
});
