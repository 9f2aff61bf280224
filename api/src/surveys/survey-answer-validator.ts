import { ItemValue, Model, Question, settings, surveyLocalization } from 'survey-core';
import type { FieldError } from '../common/problem';
import { hasAnswerDependentRules } from '../../../reports/plain-survey';

// Definitions keep Finnish under "default" (see survey-definitions/README.md).
surveyLocalization.defaultLocale = 'fi';

/** A value as stored for aggregation: one row per number, text or chosen option. */
export interface AnswerValue {
  questionName: string;
  valueNumber: number | null;
  valueText: string | null;
}

export interface ValidatedAnswers {
  errors: FieldError[];
  /** Only when there are no errors: the accepted answers and their rows for aggregation. */
  answers: Record<string, unknown>;
  values: AnswerValue[];
}

type Primitive = string | number | boolean;

const QUESTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,127}$/;
/** Guards free text that has no maxLength in its definition. */
const MAX_TEXT_LENGTH = 5000;
const SINGLE_CHOICE = new Set(['radiogroup', 'dropdown']);
const MULTI_CHOICE = new Set(['checkbox', 'tagbox']);

function isPrimitive(value: unknown): value is Primitive {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * Validates answers against one published survey version, on the server, with survey-core.
 * survey-core's own validate() checks required answers and validators; this adds what it
 * does not: unknown questions, values outside a question's choices or scale, wrong types, and
 * answers to questions that the other answers hide (visibleIf).
 *
 * One instance per survey version is reused across requests (building a Model is the costly
 * part); each call is synchronous and starts by replacing all of the model's values, so
 * requests never see each other's data.
 */
export class SurveyAnswerValidator {
  private readonly model: Model;
  /** Value name → question, plus "<name>-Comment" for questions with an "other" text. */
  private readonly questions = new Map<string, Question>();
  private readonly commentOf = new Map<string, Question>();
  /** Questions with a rule survey-core checks (required, validators); the rest need no call. */
  private readonly checkedBySurveyCore: Question[] = [];
  /**
   * Whether answers can change what is shown, required or allowed (visibleIf, validators …).
   * Without such rules everything survey-core knows about the version is fixed, so it is read
   * from the model once, here, and each request is checked against that (about 40× faster
   * than running the model per request; see docs/benchmarks.md).
   */
  private readonly dynamic: boolean;
  private readonly staticallyShown = new Set<Question>();
  private readonly staticChoices = new Map<Question, unknown[]>();
  readonly locales: ReadonlySet<string>;

  /** `alwaysRunModel` runs survey-core per request even for a fixed definition (the tests compare both). */
  constructor(definition: object, options: { alwaysRunModel?: boolean } = {}) {
    this.model = new Model(definition);
    this.model.locale = 'en';
    this.dynamic = options.alwaysRunModel === true || hasAnswerDependentRules(definition);
    for (const question of this.model.getAllQuestions(false, false, true) as Question[]) {
      this.questions.set(question.getValueName(), question);
      if (question.showOtherItem || question.showCommentArea) {
        this.commentOf.set(question.getValueName() + settings.commentSuffix, question);
      }
      const q = question as unknown as { isRequired: boolean; requiredIf?: string; validators: unknown[] };
      if (q.isRequired || q.requiredIf || q.validators.length > 0 || question.getType() === 'text' || question.getType() === 'checkbox') {
        this.checkedBySurveyCore.push(question);
      }
    }
    this.locales = new Set(['fi', ...this.model.getUsedLocales()]);
    if (!this.dynamic) {
      for (const question of this.questions.values()) {
        if (question.isVisible && question.isParentVisible) this.staticallyShown.add(question);
        const choices = this.visibleChoicesOf(question);
        if (choices) this.staticChoices.set(question, choices);
      }
    }
  }

  questionNames(): string[] {
    return [...this.questions.keys()];
  }

  validate(input: Record<string, unknown>): ValidatedAnswers {
    const errors: FieldError[] = [];
    const fail = (name: string, { code, message }: AnswerProblem) => errors.push({ field: `answers.${name}`, message, code });
    const accepted: Record<string, unknown> = {};

    for (const [name, value] of Object.entries(input)) {
      const known = QUESTION_NAME.test(name) && (this.questions.has(name) || this.commentOf.has(name));
      if (!known) fail(name, { code: 'unknown-question', message: `There is no question named "${name.slice(0, 128)}" in this survey version.` });
      else if (value === null || value === undefined || value === '') continue; // a skip
      else if (!isPrimitive(value) && !(Array.isArray(value) && value.every(isPrimitive))) {
        fail(name, { code: 'invalid-type', message: 'The answer must be a number, text, true/false or a list of those.' });
      } else accepted[name] = value;
    }

    // setDataCore(…, true) replaces all values; far cheaper than `data =` plus clear().
    if (this.dynamic) this.model.setDataCore(accepted, true);
    for (const [name, value] of Object.entries(accepted)) {
      const comment = this.commentOf.get(name);
      const question = comment ?? this.questions.get(name)!;
      if (!this.isShown(question)) {
        fail(name, { code: 'not-shown', message: 'This question is not shown for the other answers given, so it cannot be answered.' });
      } else if (comment) {
        if (typeof value !== 'string') fail(name, { code: 'invalid-type', message: 'The answer must be text.' });
        else if (value.length > MAX_TEXT_LENGTH) fail(name, { code: 'too-long', message: `The answer is longer than ${MAX_TEXT_LENGTH} characters.` });
      } else {
        const problem = this.checkValue(question, value);
        if (problem) fail(name, problem);
      }
    }
    if (errors.length === 0 && this.dynamic) {
      for (const question of this.checkedBySurveyCore) {
        if (!this.isShown(question) || question.validate(true)) continue;
        for (const error of question.errors) {
          const code = error.getErrorType() === 'required' ? 'required' : 'invalid-answer';
          fail(question.getValueName(), { code, message: error.getText() });
        }
      }
    } else if (errors.length === 0) {
      for (const question of this.staticallyShown) {
        if (question.isRequired && !(question.getValueName() in accepted)) {
          fail(question.getValueName(), { code: 'required', message: REQUIRED_MESSAGE });
        }
      }
    }
    if (errors.length > 0) return { errors, answers: {}, values: [] };
    return { errors, answers: accepted, values: this.toValues(accepted) };
  }

  private isShown(question: Question): boolean {
    return this.dynamic ? question.isVisible && question.isParentVisible : this.staticallyShown.has(question);
  }

  /** The values a rating or choice question allows now (null for other types). */
  private choicesOf(question: Question): unknown[] | null {
    return this.dynamic ? this.visibleChoicesOf(question) : (this.staticChoices.get(question) ?? null);
  }

  private visibleChoicesOf(question: Question): unknown[] | null {
    const q = question as unknown as { visibleRateValues?: ItemValue[]; visibleChoices?: ItemValue[] };
    const items = question.getType() === 'rating' ? q.visibleRateValues : q.visibleChoices;
    return items ? items.map((item) => item.value as unknown) : null;
  }

  /** Returns why a value does not fit its question, or null when it fits. */
  private checkValue(question: Question, value: unknown): AnswerProblem | null {
    const type = question.getType();
    const listChoices = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

    if (type === 'rating') {
      const scale = this.choicesOf(question) ?? [];
      return scale.includes(value) ? null : notAChoice(`The answer must be one of ${listChoices(scale)}.`);
    }
    if (SINGLE_CHOICE.has(type) || (type === 'imagepicker' && !(question as unknown as { multiSelect: boolean }).multiSelect)) {
      const choices = this.choicesOf(question) ?? [];
      return choices.includes(value) ? null : notAChoice(`The answer must be one of ${listChoices(choices)}.`);
    }
    if (MULTI_CHOICE.has(type) || type === 'imagepicker') {
      const choices = this.choicesOf(question) ?? [];
      if (!Array.isArray(value)) return invalidType('The answer must be a list of choices.');
      if (new Set(value).size !== value.length) return { code: 'repeated-choice', message: 'A choice may be given only once.' };
      const wrong = value.filter((v) => !choices.includes(v));
      return wrong.length === 0 ? null : notAChoice(`${listChoices(wrong)} is not a choice; choose from ${listChoices(choices)}.`);
    }
    if (type === 'boolean') {
      const q = question as unknown as { getValueTrue(): unknown; getValueFalse(): unknown };
      return value === q.getValueTrue() || value === q.getValueFalse() ? null : invalidType('The answer must be true or false.');
    }
    if (type === 'comment' || type === 'text') {
      const inputType = (question as unknown as { inputType?: string }).inputType;
      if (type === 'text' && (inputType === 'number' || inputType === 'range')) {
        return typeof value === 'number' ? null : invalidType('The answer must be a number.');
      }
      if (typeof value !== 'string') return invalidType('The answer must be text.');
      const maxLength = (question as unknown as { getMaxLength(): number | null }).getMaxLength();
      const limit = maxLength && maxLength > 0 ? Math.min(maxLength, MAX_TEXT_LENGTH) : MAX_TEXT_LENGTH;
      return value.length <= limit ? null : { code: 'too-long', message: `The answer is longer than ${limit} characters.` };
    }
    return { code: 'unsupported-question', message: `Questions of type "${type}" do not take answers here.` };
  }

  private toValues(answers: Record<string, unknown>): AnswerValue[] {
    const row = (questionName: string, value: Primitive): AnswerValue =>
      typeof value === 'number'
        ? { questionName, valueNumber: value, valueText: null }
        : typeof value === 'boolean'
          ? { questionName, valueNumber: value ? 1 : 0, valueText: null }
          : { questionName, valueNumber: null, valueText: value };
    return Object.entries(answers).flatMap(([name, value]) =>
      Array.isArray(value) ? (value as Primitive[]).map((v) => row(name, v)) : [row(name, value as Primitive)],
    );
  }
}

/** Why an answer was refused: a stable code for apps, an English message for developers. */
interface AnswerProblem {
  code: string;
  message: string;
}
const notAChoice = (message: string): AnswerProblem => ({ code: 'not-a-choice', message });
const invalidType = (message: string): AnswerProblem => ({ code: 'invalid-type', message });

/** survey-core's own English text, so both paths report a missing answer alike. */
const REQUIRED_MESSAGE = 'Response required.';
