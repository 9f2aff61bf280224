import type { DataSource } from 'typeorm';
import { CSV_DIALECTS } from '../../reports/csv/csv-dialect';
import { responseLineParts } from '../../reports/csv/response-export';
import { ExportLayout, exportLayoutOf } from '../../api/src/responses/export-text';
import type { SurveyResponse } from '../../api/src/responses/survey-response.entity';
import { SurveyVersion } from '../../api/src/surveys/survey-version.entity';

/** What a response carries for the export: [exportKey, exportRfc4180, exportExcelFi]. */
export const storedExportTexts = (r: SurveyResponse) => [r.exportKey, r.exportRfc4180, r.exportExcelFi];

/**
 * What a writer of the app must have stored with each response (api/src/responses/export-text.ts):
 * the key of its survey's column set as published now, and its line in each dialect without the
 * place's cells. Compare with `responses.map(storedExportTexts)`.
 */
export async function expectedExportTexts(dataSource: DataSource, responses: SurveyResponse[]): Promise<(string | null)[][]> {
  const layouts = new Map<string, ExportLayout>();
  for (const key of new Set(responses.map((r) => r.surveyKey))) {
    const versions = await dataSource.getRepository(SurveyVersion).find({ where: { surveyKey: key }, order: { version: 'ASC' } });
    layouts.set(key, exportLayoutOf(versions.map((v) => JSON.parse(v.definition))));
  }
  return responses.map((r) => {
    const layout = layouts.get(r.surveyKey)!;
    return [layout.key, ...CSV_DIALECTS.map((dialect) => responseLineParts(r, layout.questions, dialect)).map(({ head, tail }) => `${head}\n${tail}`)];
  });
}

/**
 * Publishes the next version of visitor-survey straight into the database: its newest version
 * with one rating question more, `name`, so that the survey's column set changes.
 */
export async function publishVisitorSurveyWithQuestion(dataSource: DataSource, name: string, publishedAt: Date): Promise<void> {
  const versions = await dataSource.getRepository(SurveyVersion).find({ where: { surveyKey: 'visitor-survey' }, order: { version: 'ASC' } });
  const newest = versions.at(-1)!;
  const added = JSON.parse(newest.definition) as { pages: { elements: object[] }[] };
  added.pages[0].elements.push({ type: 'rating', name, title: 'Uusi kysymys', rateMin: 1, rateMax: 5 });
  await dataSource
    .getRepository(SurveyVersion)
    .insert({ surveyKey: 'visitor-survey', version: newest.version + 1, checksum: '0'.repeat(64), definition: JSON.stringify(added), publishedAt });
}
