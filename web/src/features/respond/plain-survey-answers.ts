import { plainQuestions, type PlainQuestion, type PlainSurveyDefinition } from '../../../../reports/plain-survey';

// The plain renderer's answers, as survey-core would hold them: one value per question name
// (a number or code, a list of codes, or text), and what counts as unanswered.

export type PlainValues = Readonly<Record<string, unknown>>;

function isAnswered(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && value !== null;
}

/** The answers to send: the survey's own questions that have an answer, nothing empty. */
export function answersToSend(definition: PlainSurveyDefinition, values: PlainValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of definition.pages.flatMap((page) => plainQuestions(page.elements))) {
    if (isAnswered(values[question.name])) answers[question.name] = values[question.name];
  }
  return answers;
}

/** The required questions among `questions` that have no answer yet, in order. */
export function unansweredRequired(questions: readonly PlainQuestion[], values: PlainValues): string[] {
  return questions.filter((q) => q.isRequired && !isAnswered(values[q.name])).map((q) => q.name);
}

/** The index of the page that asks question `name` (-1 when no page does). */
export function pageOfQuestion(definition: PlainSurveyDefinition, name: string): number {
  return definition.pages.findIndex((page) => plainQuestions(page.elements).some((q) => q.name === name));
}

/**
 * Whether tapping an answer to `question` moves on by itself (the definition's
 * autoAdvanceEnabled, as survey-core does it): a single choice, on a page whose questions are
 * all single choices and all answered, and not the last page (sending stays a deliberate tap).
 */
export function advancesByItself(definition: PlainSurveyDefinition, pageIndex: number, question: PlainQuestion, values: PlainValues): boolean {
  if (!definition.autoAdvanceEnabled || pageIndex >= definition.pages.length - 1 || question.type === 'checkbox' || question.type === 'comment') return false;
  const onPage = plainQuestions(definition.pages[pageIndex].elements);
  return onPage.every((q) => (q.type === 'rating' || q.type === 'radiogroup') && isAnswered(values[q.name]));
}

/** survey-core's "Page {0} of {1}" with the numbers in. */
export function formatProgress(template: string, page: number, pages: number): string {
  return template.replace('{0}', String(page)).replace('{1}', String(pages));
}
