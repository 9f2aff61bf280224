import { CsvCell, CsvDialect, csvDelimiter, csvLine } from './csv-dialect';
import { LocalisedText, questionColumns, SurveyQuestion, surveyQuestions } from './survey-questions';

/**
 * responses.csv: one row per response. The fixed columns come first and never change; then one
 * column per question of any version of the survey (see questionColumns). Adding a question
 * adds a column at the end of its instrument's export; nothing is renamed or reordered.
 */
export const RESPONSE_FIXED_COLUMNS = [
  { name: 'response_id', fi: 'Vastauksen tunniste (UUID)', sv: 'Svarets identifierare (UUID)', en: 'Response id (UUID)' },
  { name: 'survey_key', fi: 'Kyselyn tunnus', sv: 'Enkätens nyckel', en: 'Survey key' },
  { name: 'survey_version', fi: 'Kyselyn versio, johon vastattiin', sv: 'Enkätversion som besvarades', en: 'Survey version answered' },
  { name: 'meeting_place', fi: 'Kohtaamispaikan tunnus (slug)', sv: 'Mötesplatsens kortnamn (slug)', en: 'Meeting place slug' },
  { name: 'region_code', fi: 'Hyvinvointialueen koodi', sv: 'Välfärdsområdets kod', en: 'Wellbeing region code' },
  { name: 'period', fi: 'Puolivuotisjakso (esim. 2026-H1)', sv: 'Halvårsperiod (t.ex. 2026-H1)', en: 'Half-year period (e.g. 2026-H1)' },
  { name: 'locale', fi: 'Vastauskieli', sv: 'Svarsspråk', en: 'Language answered in' },
] as const;

/** Separator of the chosen codes of a multi-select question within one cell. */
export const MULTI_VALUE_SEPARATOR = '|';

export interface PublishedDefinition {
  version: number;
  definition: Record<string, unknown>;
}

export interface ExportedResponse {
  id: string;
  surveyKey: string;
  surveyVersion: number;
  meetingPlaceSlug: string;
  regionCode: string;
  periodYear: number;
  periodHalf: number;
  locale: string;
  /** The stored answers JSON. */
  answers: string;
}

/**
 * The question columns of a per-response export (responses.csv and any other format): every
 * question but written answers, which families are told only the place's staff read (see
 * canReadWrittenAnswers in api/src/access/access-policy.ts).
 */
export function rowLevelColumns(definitions: Record<string, unknown>[]): SurveyQuestion[] {
  return questionColumns(definitions).filter((question) => !question.freeText);
}

export function responseHeader(questions: readonly SurveyQuestion[]): string[] {
  return [...RESPONSE_FIXED_COLUMNS.map((c) => c.name), ...questions.map((q) => q.name)];
}

/** One response as cells; a written answer is never written out, whatever columns are asked for. */
export function responseRow(response: ExportedResponse, questions: readonly SurveyQuestion[]): CsvCell[] {
  const answers = JSON.parse(response.answers) as Record<string, unknown>;
  return [
    response.id,
    response.surveyKey,
    response.surveyVersion,
    response.meetingPlaceSlug,
    response.regionCode,
    `${response.periodYear}-H${response.periodHalf}`,
    response.locale,
    ...questions.map((question) => {
      const value = answers[question.name];
      if (value === undefined || value === null) return null;
      if (question.freeText) return null;
      if (Array.isArray(value)) return value.join(MULTI_VALUE_SEPARATOR);
      return value as CsvCell;
    }),
  ];
}

/** A response as stored: everything of its line but its place's cells. */
export type StoredResponse = Omit<ExportedResponse, 'meetingPlaceSlug' | 'regionCode'>;

/** Where the place's two cells (meeting_place, region_code) sit among the fixed columns. */
const PLACE_CELLS = { from: 3, to: 5 } as const;

/**
 * responses.csv's line of a response in the parts that are fixed once the response is stored:
 * the cells before its place's (id, survey, version) and after them (period, locale, answers).
 * The place's slug and region are left out because they change when a place is renamed or
 * moved. `head + placeMiddle(…) + tail` is exactly csvRows([responseRow(…)]) without its CRLF:
 * the cells come from responseRow and their text from csvLine, the one definition of both.
 */
export function responseLineParts(response: StoredResponse, questions: readonly SurveyQuestion[], dialect: CsvDialect): { head: string; tail: string } {
  const cells = responseRow({ ...response, meetingPlaceSlug: '', regionCode: '' }, questions);
  return { head: csvLine(cells.slice(0, PLACE_CELLS.from), dialect), tail: csvLine(cells.slice(PLACE_CELLS.to), dialect) };
}

/** A place's cells as they go between a line's head and tail, with the delimiters either side. */
export function placeMiddle(place: { slug: string; regionCode: string }, dialect: CsvDialect): string {
  const delimiter = csvDelimiter(dialect);
  return delimiter + csvLine([place.slug, place.regionCode], dialect) + delimiter;
}

/** codebook.csv: one row per column of responses.csv, in the same order. */
export const CODEBOOK_COLUMNS = [
  'column',
  'type',
  'question_fi',
  'question_sv',
  'question_en',
  'values',
  'labels_fi',
  'labels_sv',
  'labels_en',
  'free_text',
  'version',
] as const;

/**
 * The codebook for one version: every column of that survey's responses.csv. A question the
 * version does not have is described from the newest version that has it (its `version` cell
 * says which).
 */
export function codebookRows(versions: readonly PublishedDefinition[], version: number): CsvCell[][] {
  const oldestFirst = [...versions].sort((a, b) => a.version - b.version);
  const columns = rowLevelColumns(oldestFirst.map((v) => v.definition));
  // The requested version first, then the others newest first.
  const lookupOrder = [
    ...oldestFirst.filter((v) => v.version === version),
    ...oldestFirst.filter((v) => v.version !== version).reverse(),
  ].map((v) => ({ version: v.version, questions: surveyQuestions(v.definition) }));
  const describedIn = (name: string): { question: SurveyQuestion; version: number } => {
    for (const candidate of lookupOrder) {
      const question = candidate.questions.find((q) => q.name === name);
      if (question) return { question, version: candidate.version };
    }
    throw new Error(`No version describes ${name}`);
  };
  const joined = (labels: LocalisedText[], language: keyof LocalisedText) => labels.map((l) => l[language]).join(MULTI_VALUE_SEPARATOR);
  return [
    ...RESPONSE_FIXED_COLUMNS.map((c) => [c.name, 'fixed', c.fi, c.sv, c.en, null, null, null, null, false, null]),
    ...columns.map((column) => {
      const { question, version: from } = describedIn(column.name);
      const labels = question.values.map((v) => v.label);
      return [
        question.name,
        question.valueType,
        question.title.fi,
        question.title.sv,
        question.title.en,
        question.values.map((v) => String(v.value)).join(MULTI_VALUE_SEPARATOR) || null,
        joined(labels, 'fi') || null,
        joined(labels, 'sv') || null,
        joined(labels, 'en') || null,
        question.freeText,
        from,
      ];
    }),
  ];
}
