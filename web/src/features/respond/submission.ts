import type { Question, SurveyModel } from 'survey-core';

// Question types that hold no answer of the respondent's own.
const notAnswers = new Set(['html', 'image', 'expression']);

/**
 * The answers to send: only questions the respondent could see. A value typed into a
 * question that a later answer hid must not travel (the respondent may have meant to take
 * it back), and the server would refuse answers to hidden questions anyway.
 */
export function collectAnswers(model: SurveyModel): Record<string, unknown> {
  const data = model.data as Record<string, unknown>;
  const answers: Record<string, unknown> = {};
  for (const question of model.getAllQuestions(true) as Question[]) {
    if (notAnswers.has(question.getType()) || question.isEmpty()) continue;
    const name = question.getValueName();
    const value = data[name] ?? question.value;
    if (value === undefined || value === null || value === '') continue;
    answers[name] = value;
    const commentKey = name + model.commentSuffix;
    const comment = data[commentKey];
    if (typeof comment === 'string' && comment.trim() !== '') answers[commentKey] = comment;
  }
  return answers;
}

/**
 * The answer a server validation error (`answers.<name>`) is about: its name, and the question's
 * own name where it is an "other" text (`<name>-Comment`).
 */
export function answerOfField(field: string, commentSuffix: string): { name: string; baseName: string } | null {
  const match = /^answers\.([^.[\]]+)/.exec(field);
  if (!match) return null;
  const name = match[1];
  return { name, baseName: name.endsWith(commentSuffix) ? name.slice(0, -commentSuffix.length) : name };
}

/** The question a server validation error (`answers.<name>`) is about, if any. */
export function questionForField(model: SurveyModel, field: string): Question | null {
  const answer = answerOfField(field, model.commentSuffix);
  if (!answer) return null;
  return (
    (model.getQuestionByValueName(answer.name) as Question | null) ??
    (model.getQuestionByName(answer.name) as Question | null) ??
    (model.getQuestionByValueName(answer.baseName) as Question | null) ??
    null
  );
}

/** A random UUID v4, also where crypto.randomUUID is missing (non-secure contexts). */
export function newClientResponseId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
