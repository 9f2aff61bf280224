// Which SurveyJS definitions are "plain": fixed pages of rating, radiogroup, checkbox and
// comment questions whose answers change nothing else. The family's survey page renders these
// with its own small React renderer instead of downloading survey-core (about 270 kB brotli
// with its React UI, more than a slow phone's page budget; docs/benchmarks.md, issue #16), and
// the server validates their answers from facts read once per version. Anything else goes to
// survey-core on both sides. Plain data, no imports: the web app and the API both use it.

/** Properties whose effect depends on the answers or needs survey-core's validators to run. */
const ANSWER_DEPENDENT = new Set([
  'validators',
  'triggers',
  'calculatedValues',
  'min',
  'max',
  'minValueExpression',
  'maxValueExpression',
  'defaultValueExpression',
  'setValueExpression',
  'minSelectedChoices',
  'maxSelectedChoices',
  'choicesFromQuestion',
]);

/** Any visibleIf, requiredIf, choicesVisibleIf … or a property above, anywhere in the definition. */
export function hasAnswerDependentRules(json: unknown): boolean {
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (/If$/.test(key) || ANSWER_DEPENDENT.has(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

type Json = Record<string, unknown>;

const LOCALE_KEY = /^(default|[a-z]{2,3}(-[a-zA-Z0-9]{2,8})?)$/;

/** A localisable text: a string, or `{default, sv, en, …}` of strings. */
function isText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (!isObject(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LOCALE_KEY.test(key) && typeof text === 'string');
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const isValue = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** A choice or scale point: `"code"`, `3`, or `{value, text?}`. */
function isItem(value: unknown): boolean {
  if (isValue(value)) return true;
  return isObject(value) && isValue(value.value) && hasOnly(value, { value: isValue, text: isText });
}

const isItems = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isItem);
const isBoolean = (value: unknown) => typeof value === 'boolean';
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isInteger = (value: unknown) => typeof value === 'number' && Number.isInteger(value);
const isName = (value: unknown) => typeof value === 'string' && value !== '';
const oneOf = (...allowed: unknown[]) => (value: unknown) => allowed.includes(value);

type Rules = Record<string, (value: unknown) => boolean>;

/** Every property of `json` is one `rules` knows, with a value it accepts. */
function hasOnly(json: Json, rules: Rules): boolean {
  return Object.entries(json).every(([key, value]) => Object.prototype.hasOwnProperty.call(rules, key) && rules[key](value));
}

const TEXTS: Rules = { title: isText, description: isText };
const QUESTION: Rules = { ...TEXTS, name: isName, isRequired: isBoolean };

/** What each plain question type may say, and nothing more. */
const QUESTIONS: Record<string, Rules> = {
  rating: {
    ...QUESTION,
    rateValues: isItems,
    rateMin: isInteger,
    rateMax: isInteger,
    rateStep: isCount,
    minRateDescription: isText,
    maxRateDescription: isText,
    // Numbers or texts in buttons; stars, smileys and dropdowns are survey-core's.
    rateType: oneOf('labels'),
    displayMode: oneOf('auto', 'buttons'),
  },
  radiogroup: { ...QUESTION, choices: isItems },
  checkbox: { ...QUESTION, choices: isItems },
  comment: { ...QUESTION, maxLength: isCount, rows: isCount, autoGrow: isBoolean, placeholder: isText },
};

function isElement(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (value.type === 'panel') return hasOnly(value, { ...TEXTS, type: isName, name: isName, elements: isElements });
  const rules = QUESTIONS[value.type as string];
  return !!rules && hasOnly(value, { ...rules, type: isName }) && isName(value.name) && isRatingScale(value);
}

/** A scale of explicit points, or rateMin..rateMax by rateStep that has at least two points. */
function isRatingScale(question: Json): boolean {
  if (question.type !== 'rating' || question.rateValues !== undefined) return true;
  const min = (question.rateMin as number | undefined) ?? 1;
  const max = (question.rateMax as number | undefined) ?? 5;
  const step = (question.rateStep as number | undefined) ?? 1;
  return max > min && (max - min) / step <= 20;
}

const isElements = (value: unknown) => Array.isArray(value) && value.every(isElement);
const isPage = (value: unknown) => isObject(value) && hasOnly(value, { ...TEXTS, name: isName, elements: isElements });

const SURVEY: Rules = {
  ...TEXTS,
  pages: (value) => Array.isArray(value) && value.length > 0 && value.every(isPage),
  // Question numbers ("1.") are survey-core's default: a plain survey turns them off.
  showQuestionNumbers: oneOf('off', false),
  showProgressBar: isBoolean,
  // A single choice moves on by itself when tapped (never by a key press: WCAG 3.2.2).
  autoAdvanceEnabled: isBoolean,
  // Our own thank-you page replaces survey-core's completed page, in both renderers.
  completedHtml: isText,
  completeText: isText,
};

/**
 * Whether the family's page can show `definition` without survey-core: only the parts above,
 * each with values it understands, and no answer-dependent rule (the same notion the server's
 * validator uses to skip survey-core per request). Unknown properties mean survey-core.
 */
export function isPlainSurvey(definition: unknown): boolean {
  return (
    isObject(definition) &&
    !hasAnswerDependentRules(definition) &&
    hasOnly(definition, SURVEY) &&
    definition.pages !== undefined &&
    definition.showQuestionNumbers !== undefined
  );
}

/** A plain definition, as the web app's renderer reads it (after isPlainSurvey). */
export interface PlainSurveyDefinition {
  title?: unknown;
  description?: unknown;
  pages: PlainPage[];
  showProgressBar?: boolean;
  autoAdvanceEnabled?: boolean;
  completeText?: unknown;
}

export interface PlainPage {
  name?: string;
  title?: unknown;
  description?: unknown;
  elements: PlainElement[];
}

export type PlainElement = PlainPanel | PlainQuestion;

export interface PlainPanel {
  type: 'panel';
  name?: string;
  title?: unknown;
  description?: unknown;
  elements: PlainElement[];
}

export interface PlainQuestion {
  type: 'rating' | 'radiogroup' | 'checkbox' | 'comment';
  name: string;
  title?: unknown;
  description?: unknown;
  isRequired?: boolean;
  rateValues?: unknown[];
  rateMin?: number;
  rateMax?: number;
  rateStep?: number;
  minRateDescription?: unknown;
  maxRateDescription?: unknown;
  choices?: unknown[];
  maxLength?: number;
  rows?: number;
  placeholder?: unknown;
}

/** A choice or scale point with its answer code and its text (the code itself when it has none). */
export interface PlainItem {
  value: string | number;
  text: unknown;
}

/** The items of a choice question, or the points of a rating scale, in order. */
export function plainItems(question: PlainQuestion): PlainItem[] {
  const toItem = (item: unknown): PlainItem =>
    isObject(item) ? { value: item.value as string | number, text: item.text ?? String(item.value) } : { value: item as string | number, text: String(item) };
  if (question.type === 'rating' && !question.rateValues) {
    const min = question.rateMin ?? 1;
    const max = question.rateMax ?? 5;
    const step = question.rateStep ?? 1;
    const points: PlainItem[] = [];
    for (let value = min; value <= max; value += step) points.push({ value, text: String(value) });
    return points;
  }
  return (question.rateValues ?? question.choices ?? []).map(toItem);
}

/** The questions of a page, panels opened, in order. */
export function plainQuestions(elements: PlainElement[]): PlainQuestion[] {
  return elements.flatMap((element) => (element.type === 'panel' ? plainQuestions(element.elements) : [element]));
}
