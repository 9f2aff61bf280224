import { CSV_DIALECTS, CsvDialect } from '../../../reports/csv/csv-dialect';
import { responseLineParts, rowLevelColumns, StoredResponse } from '../../../reports/csv/response-export';
import type { SurveyQuestion } from '../../../reports/csv/survey-questions';
import { sha256Hex } from '../surveys/survey-definition-files';

/**
 * Export-ready text per response (issue #22): its responses.csv line in each dialect, written
 * when the response is stored, so that the export reads one column per response instead of
 * building every cell again. What the text depends on besides the response is keyed: the
 * survey's column set (every published version's questions, in export order) and the format of
 * the text itself. The export uses a text only when its key is the key of the column set it
 * exports; any other response (stored before this column existed, before a newer version was
 * published, or with no text) takes the path that builds its line from the answers. The
 * place's cells are never in the text (a place can be renamed or move region): the export puts
 * them in from the place list it reads anyway.
 */

/** Raise when the text's format changes: every text stored before then stops being used. */
const EXPORT_TEXT_FORMAT = 1;

/** The column set of one survey's responses.csv, and the key the texts made for it carry. */
export interface ExportLayout {
  key: string;
  questions: readonly SurveyQuestion[];
}

/** The layout of responses.csv for a survey's published definitions (oldest first). */
export function exportLayoutOf(definitions: Record<string, unknown>[]): ExportLayout {
  const questions = rowLevelColumns(definitions);
  // 64 bits of sha256: a survey has a handful of column sets in its lifetime.
  const key = sha256Hex(JSON.stringify([EXPORT_TEXT_FORMAT, questions.map((q) => q.name)])).slice(0, 16);
  return { key, questions };
}

/** The layout of every survey among `versions` (as stored: definitions as JSON text), by survey key. */
export function exportLayoutsOf(versions: readonly { surveyKey: string; version: number; definition: string }[]): Map<string, ExportLayout> {
  const byKey = new Map<string, { version: number; definition: string }[]>();
  for (const v of versions) byKey.set(v.surveyKey, [...(byKey.get(v.surveyKey) ?? []), v]);
  return new Map(
    [...byKey].map(([surveyKey, own]) => [surveyKey, exportLayoutOf([...own].sort((a, b) => a.version - b.version).map((v) => JSON.parse(v.definition) as Record<string, unknown>))]),
  );
}

/** The response's columns that hold its texts, by dialect. */
export const EXPORT_TEXT_COLUMNS: Record<CsvDialect, 'export_rfc4180' | 'export_excel_fi'> = { rfc4180: 'export_rfc4180', 'excel-fi': 'export_excel_fi' };

/** What a response stores for the export: the layout's key and its text in each dialect. */
export interface ExportTexts {
  exportKey: string | null;
  exportRfc4180: string | null;
  exportExcelFi: string | null;
}

/**
 * The texts of a response. A text is the line's head and tail (responseLineParts) with a line
 * feed between them; the head (id, survey key, version) holds none, or no texts are stored,
 * so the first line feed of a text is always where the place's cells go.
 */
export function exportTextsOf(response: StoredResponse, layout: ExportLayout | null): ExportTexts {
  const [rfc4180, excelFi] = layout ? CSV_DIALECTS.map((dialect) => responseLineParts(response, layout.questions, dialect)) : [];
  if (!layout || !rfc4180 || !excelFi || rfc4180.head.includes('\n') || excelFi.head.includes('\n')) {
    return { exportKey: null, exportRfc4180: null, exportExcelFi: null };
  }
  return { exportKey: layout.key, exportRfc4180: `${rfc4180.head}\n${rfc4180.tail}`, exportExcelFi: `${excelFi.head}\n${excelFi.tail}` };
}

/** The line of a stored text with its place's cells (placeMiddle) put in, without its CRLF. */
export function lineOfExportText(text: string, middle: string): string {
  const split = text.indexOf('\n');
  return text.slice(0, split) + middle + text.slice(split + 1);
}
