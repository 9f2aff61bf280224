/**
 * The questions of a survey definition as exports describe them: name, type, texts in the
 * three UI languages and the allowed values with their labels. Read from the SurveyJS JSON
 * itself (elements nested in pages and panels).
 */
export interface LocalisedText {
  fi: string;
  sv: string;
  en: string;
}

export type QuestionValueType = 'number' | 'code' | 'codes' | 'text' | 'boolean';

export interface SurveyQuestion {
  name: string;
  surveyJsType: string;
  valueType: QuestionValueType;
  /** Free text can identify people: only roles allowed to read it get it. */
  freeText: boolean;
  title: LocalisedText;
  values: { value: string | number; label: LocalisedText }[];
}

type Json = Record<string, unknown>;

/** SurveyJS keeps Finnish under "default" (see survey-definitions/README.md). */
export function localisedText(value: unknown, fallback: string): LocalisedText {
  if (typeof value === 'string') return { fi: value, sv: value, en: value };
  if (value && typeof value === 'object') {
    const v = value as Record<string, string>;
    const fi = v.default ?? v.fi ?? fallback;
    return { fi, sv: v.sv ?? fi, en: v.en ?? fi };
  }
  return { fi: fallback, sv: fallback, en: fallback };
}

const NOT_ANSWERABLE = new Set(['html', 'image', 'expression', 'panel', 'paneldynamic']);

function choiceList(question: Json): { value: string | number; label: LocalisedText }[] {
  const items = (question.rateValues ?? question.choices ?? []) as unknown[];
  return items.map((item) =>
    item !== null && typeof item === 'object'
      ? { value: (item as Json).value as string | number, label: localisedText((item as Json).text, String((item as Json).value)) }
      : { value: item as string | number, label: localisedText(undefined, String(item)) },
  );
}

function valueTypeOf(question: Json): QuestionValueType {
  switch (question.type) {
    case 'rating':
      return 'number';
    case 'checkbox':
    case 'tagbox':
      return 'codes';
    case 'radiogroup':
    case 'dropdown':
      return choiceList(question).every((c) => typeof c.value === 'number') ? 'number' : 'code';
    case 'boolean':
      return 'boolean';
    case 'text':
      return question.inputType === 'number' ? 'number' : 'text';
    default:
      return 'text';
  }
}

export function surveyQuestions(definition: Json): SurveyQuestion[] {
  const questions: SurveyQuestion[] = [];
  const visit = (elements: unknown) => {
    for (const element of (elements ?? []) as Json[]) {
      if (Array.isArray(element.elements)) visit(element.elements);
      if (NOT_ANSWERABLE.has(String(element.type))) continue;
      const name = String(element.valueName ?? element.name);
      const valueType = valueTypeOf(element);
      questions.push({
        name,
        surveyJsType: String(element.type),
        valueType,
        freeText: valueType === 'text',
        title: localisedText(element.title, name),
        values: valueType === 'text' ? [] : element.type === 'boolean' ? booleanValues() : choiceList(element),
      });
      if (element.showOtherItem || element.hasOther || element.showCommentArea || element.hasComment) {
        questions.push({
          name: `${name}-Comment`,
          surveyJsType: 'comment',
          valueType: 'text',
          freeText: true,
          title: localisedText(element.title, name),
          values: [],
        });
      }
    }
  };
  for (const page of (definition.pages ?? [{ elements: definition.elements }]) as Json[]) visit(page.elements);
  return questions;
}

function booleanValues() {
  return [
    { value: 'true', label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' } },
    { value: 'false', label: { fi: 'Ei', sv: 'Nej', en: 'No' } },
  ];
}

/**
 * The question columns of responses.csv for a survey: every question of every version, in the
 * order they were first published (version 1's order, then what each later version added).
 * A new version can only append columns, so the format of existing columns never moves. Item
 * names keep their meaning across versions, so one column serves all versions.
 */
export function questionColumns(definitionsOldestFirst: Json[]): SurveyQuestion[] {
  const byName = new Map<string, SurveyQuestion>();
  for (const definition of definitionsOldestFirst) {
    for (const question of surveyQuestions(definition)) if (!byName.has(question.name)) byName.set(question.name, question);
  }
  return [...byName.values()];
}
