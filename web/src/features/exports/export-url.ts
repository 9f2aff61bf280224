import { periodChoices } from '../../../../reports/periods';
// The GET URLs of the exports (api/src/exports). Built in one place so
// the Download link and the URL shown for token use are always the same.

export type ExportType = 'indicators' | 'responses' | 'codebook';
export type CsvDialect = 'excel-fi' | 'rfc4180';
/** A workbook for people (first), or one of the CSV dialects for tools. */
export type ExportFormat = 'xlsx' | CsvDialect;
export const EXPORT_FORMATS: ExportFormat[] = ['xlsx', 'excel-fi', 'rfc4180'];
export type AreaLevel = 'meeting-place' | 'service-area' | 'municipality' | 'region' | 'national';

export const AREA_LEVELS: AreaLevel[] = ['meeting-place', 'service-area', 'municipality', 'region', 'national'];

export type ExportChoice = {
  type: ExportType;
  level: AreaLevel;
  period: string;
  format: ExportFormat;
  /** The workbook's language (headers, names, labels). */
  lang: string;
  survey: string;
  /** 'current' or a version number, for the codebook. */
  version: string;
  /** Optional filters of responses.csv. */
  region: string;
  meetingPlace: string;
};

/** The codebook is a sheet of responses.xlsx; on its own it is CSV only. */
export function formatsOf(type: ExportType): ExportFormat[] {
  return type === 'codebook' ? EXPORT_FORMATS.filter((f) => f !== 'xlsx') : EXPORT_FORMATS;
}

const WORKBOOK_LANGUAGES = ['fi', 'sv', 'en'];

/** `.xlsx` with `lang`, or `.csv` with `dialect`, in the order the endpoints document. */
function withFormat(params: URLSearchParams, format: ExportFormat, lang: string): 'xlsx' | 'csv' {
  if (format === 'xlsx') {
    params.set('lang', WORKBOOK_LANGUAGES.includes(lang) ? lang : 'fi');
    return 'xlsx';
  }
  params.set('dialect', format);
  return 'csv';
}

export function indicatorsExportPath(level: AreaLevel, period: string, format: ExportFormat, lang: string): string {
  const params = new URLSearchParams({ level, period });
  const extension = withFormat(params, format, lang);
  return `/api/exports/indicators.${extension}?${params}`;
}

export function exportPath(choice: ExportChoice): string {
  const params = new URLSearchParams();
  switch (choice.type) {
    case 'indicators':
      return indicatorsExportPath(choice.level, choice.period, choice.format, choice.lang);
    case 'responses': {
      params.set('survey', choice.survey);
      params.set('period', choice.period);
      const extension = withFormat(params, choice.format, choice.lang);
      if (choice.region) params.set('region', choice.region);
      if (choice.meetingPlace) params.set('meetingPlace', choice.meetingPlace);
      return `/api/exports/responses.${extension}?${params}`;
    }
    case 'codebook':
      params.set('survey', choice.survey);
      if (choice.version && choice.version !== 'current') params.set('version', choice.version);
      params.set('dialect', choice.format === 'xlsx' ? 'excel-fi' : choice.format);
      return `/api/exports/codebook.csv?${params}`;
  }
}

/** The name the download is saved under. */
export function exportFilename(choice: ExportChoice): string {
  const extension = choice.format === 'xlsx' && choice.type !== 'codebook' ? 'xlsx' : 'csv';
  return `${choice.type === 'indicators' ? 'indicators' : `${choice.survey}-${choice.type}`}.${extension}`;
}

/** The periods that have started in Finland: each year followed by its halves, newest year first. */
export function recentPeriods(now: Date, years = 4): string[] {
  const { years: yearList, halfYears } = periodChoices(now, years);
  return yearList.flatMap((year) => [year, ...[`${year}-H1`, `${year}-H2`].filter((half) => halfYears.includes(half))]);
}

/** A shell-safe curl command for the export with a token. */
export function curlCommand(url: string, filename: string): string {
  return `curl -fsS -H "Authorization: Bearer $KOHTAAMO_TOKEN" -o ${filename} '${url.replace(/'/g, "'\\''")}'`;
}
