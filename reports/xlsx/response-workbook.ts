import { ExportedResponse, MULTI_VALUE_SEPARATOR, PublishedDefinition, RESPONSE_FIXED_COLUMNS, rowLevelColumns } from '../csv/response-export';
import { LocalisedText, SurveyQuestion, surveyQuestions } from '../csv/survey-questions';
import { fittedColumns, Sheet } from './sheets';
import { WORKBOOK_TEXT, WorkbookLanguage, WorkbookText } from './workbook-text';
import { fitWidth, XlsxCell, XlsxColumn, XlsxRow } from './workbook-writer';

/** Names of the codes the fixed columns carry, for the label columns beside them. */
export interface AreaNames {
  places: ReadonlyMap<string, LocalisedText>;
  regions: ReadonlyMap<string, LocalisedText>;
}

interface QuestionLayout {
  question: SurveyQuestion;
  /** code → label, from the newest version that has the code (as the codebook describes it). */
  labels: Map<string, LocalisedText> | null;
  versions: number[];
}

/**
 * responses.xlsx: the fixed columns of responses.csv with a name beside each code, then per
 * question a code column and, for questions with coded answers, a label column. Free-text
 * questions have no columns at all: written answers can identify people and are never exported.
 */
export class ResponseWorkbookLayout {
  readonly columns: XlsxColumn[];
  private readonly questions: QuestionLayout[];
  private readonly t: WorkbookText;

  constructor(
    definitions: readonly PublishedDefinition[],
    private readonly language: WorkbookLanguage,
    private readonly names: AreaNames,
  ) {
    this.t = WORKBOOK_TEXT[language];
    const oldestFirst = [...definitions].sort((a, b) => a.version - b.version);
    const perVersion = oldestFirst.map((d) => ({ version: d.version, questions: surveyQuestions(d.definition) }));
    this.questions = rowLevelColumns(oldestFirst.map((d) => d.definition)).map((question) => {
      const versions = perVersion.filter((v) => v.questions.some((q) => q.name === question.name));
      let labels: Map<string, LocalisedText> | null = null;
      for (const version of [...versions].reverse()) {
        for (const value of version.questions.find((q) => q.name === question.name)!.values) {
          labels ??= new Map();
          if (!labels.has(String(value.value))) labels.set(String(value.value), value.label);
        }
      }
      return { question, labels, versions: versions.map((v) => v.version) };
    });
    this.columns = this.buildColumns();
  }

  private buildColumns(): XlsxColumn[] {
    const c = this.t.responseColumns;
    const nameWidth = (names: ReadonlyMap<string, LocalisedText>, header: string) =>
      fitWidth([header, ...[...names.values()].map((n) => n[this.language])], 8, 50);
    const fixed: XlsxColumn[] = [
      { header: c.responseId, format: 'text', width: 38 },
      { header: c.survey, format: 'text', width: fitWidth([c.survey, 'stakeholder-survey']) },
      { header: c.version, format: 'integer', width: fitWidth([c.version]) },
      { header: c.placeCode, format: 'text', width: fitWidth([c.placeCode, ...this.names.places.keys()]) },
      { header: c.place, format: 'text', width: nameWidth(this.names.places, c.place) },
      { header: c.regionCode, format: 'text', width: fitWidth([c.regionCode]) },
      { header: c.region, format: 'text', width: nameWidth(this.names.regions, c.region) },
      { header: c.period, format: 'text', width: fitWidth([c.period, '2026-H1']) },
      { header: c.locale, format: 'text', width: fitWidth([c.locale]) },
    ];
    return [
      ...fixed,
      ...this.questions.flatMap(({ question, labels }): XlsxColumn[] => {
        const codes = labels ? [...labels.keys()] : [];
        const code: XlsxColumn = {
          header: question.name,
          format: question.valueType === 'number' ? 'general' : 'text',
          width: fitWidth([question.name, question.valueType === 'codes' ? codes.join(MULTI_VALUE_SEPARATOR) : '', ...codes], 6, 40),
        };
        if (!labels) return [code];
        const header = this.t.labelOf(question.name);
        return [code, { header, format: 'text', width: fitWidth([header, ...[...labels.values()].map((l) => l[this.language])], 10, 40) }];
      }),
    ];
  }

  row(response: ExportedResponse): XlsxRow {
    const answers = JSON.parse(response.answers) as Record<string, unknown>;
    const lang = this.language;
    const cells: XlsxCell[] = [
      response.id,
      response.surveyKey,
      response.surveyVersion,
      response.meetingPlaceSlug,
      this.names.places.get(response.meetingPlaceSlug)?.[lang] ?? null,
      response.regionCode,
      this.names.regions.get(response.regionCode)?.[lang] ?? null,
      `${response.periodYear}-H${response.periodHalf}`,
      response.locale,
    ];
    for (const { question, labels } of this.questions) {
      const value = answers[question.name];
      const chosen = value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
      if (chosen.length === 0) cells.push(null);
      else if (question.valueType === 'number' && typeof value === 'number') cells.push(value);
      else cells.push(chosen.join(MULTI_VALUE_SEPARATOR));
      if (labels) cells.push(chosen.length ? chosen.map((code) => labels.get(code)?.[lang] ?? code).join(MULTI_VALUE_SEPARATOR) : null);
    }
    return { cells };
  }

  /** One row per column of the responses sheet, in the same order, in the chosen language. */
  codebook(allVersions: readonly number[]): Sheet {
    const t = this.t;
    const lang = this.language;
    const versions = [...allVersions].sort((a, b) => a - b).join(', ');
    const fixedMeaning = (name: (typeof RESPONSE_FIXED_COLUMNS)[number]['name']) => RESPONSE_FIXED_COLUMNS.find((c) => c.name === name)![lang];
    const c = t.responseColumns;
    const rows: XlsxRow[] = [
      [c.responseId, t.valueTypes.fixed, fixedMeaning('response_id')],
      [c.survey, t.valueTypes.fixed, fixedMeaning('survey_key')],
      [c.version, t.valueTypes.fixed, fixedMeaning('survey_version')],
      [c.placeCode, t.valueTypes.fixed, fixedMeaning('meeting_place')],
      [c.place, t.valueTypes.label, c.place],
      [c.regionCode, t.valueTypes.fixed, fixedMeaning('region_code')],
      [c.region, t.valueTypes.label, c.region],
      [c.period, t.valueTypes.fixed, fixedMeaning('period')],
      [c.locale, t.valueTypes.fixed, fixedMeaning('locale')],
    ].map((cells) => ({ cells: [...cells, null, versions] }));
    for (const { question, labels, versions: has } of this.questions) {
      const codes = labels ? [...labels].map(([code, label]) => `${code} = ${label[lang]}`).join('\n') : null;
      rows.push({ cells: [question.name, t.valueTypes[question.valueType], question.title[lang], codes, has.join(', ')] });
      if (labels) rows.push({ cells: [t.labelOf(question.name), t.valueTypes.label, question.title[lang], null, has.join(', ')] });
    }
    const k = t.codebookColumns;
    const columns = fittedColumns([k.column, k.type, k.question, k.codes, k.versions], ['text', 'text', 'text', 'text', 'text'], rows).map((column) => ({
      ...column,
      width: Math.min(column.width, 50),
    }));
    return { name: t.sheets.codebook, columns, rows };
  }
}
