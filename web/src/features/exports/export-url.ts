// The GET URLs of the CSV exports (see CONTRACT.md and api/src/exports). Built in one place so
// the Download link and the URL shown for token use are always the same.

export type ExportType = 'indicators' | 'responses' | 'codebook';
export type CsvDialect = 'excel-fi' | 'rfc4180';
export type AreaLevel = 'meeting-place' | 'service-area' | 'municipality' | 'region' | 'national';

export const AREA_LEVELS: AreaLevel[] = ['meeting-place', 'service-area', 'municipality', 'region', 'national'];

export type ExportChoice = {
  type: ExportType;
  level: AreaLevel;
  period: string;
  dialect: CsvDialect;
  survey: string;
  /** 'current' or a version number, for the codebook. */
  version: string;
  /** Optional filters of responses.csv. */
  region: string;
  meetingPlace: string;
};

export function exportPath(choice: ExportChoice): string {
  const params = new URLSearchParams();
  switch (choice.type) {
    case 'indicators':
      params.set('level', choice.level);
      params.set('period', choice.period);
      params.set('dialect', choice.dialect);
      return `/api/exports/indicators.csv?${params}`;
    case 'responses':
      params.set('survey', choice.survey);
      params.set('period', choice.period);
      params.set('dialect', choice.dialect);
      if (choice.region) params.set('region', choice.region);
      if (choice.meetingPlace) params.set('meetingPlace', choice.meetingPlace);
      return `/api/exports/responses.csv?${params}`;
    case 'codebook':
      params.set('survey', choice.survey);
      if (choice.version && choice.version !== 'current') params.set('version', choice.version);
      params.set('dialect', choice.dialect);
      return `/api/exports/codebook.csv?${params}`;
  }
}

/** Reporting periods: each year with its halves, newest first. */
export function recentPeriods(now: Date, years = 4): string[] {
  const thisYear = now.getFullYear();
  const periods: string[] = [];
  for (let year = thisYear; year > thisYear - years; year -= 1) {
    periods.push(String(year), `${year}-H1`, `${year}-H2`);
  }
  return periods;
}

/** A shell-safe curl command for the export with a token. */
export function curlCommand(url: string, filename: string): string {
  return `curl -fsS -H "Authorization: Bearer $KOHTAAMO_TOKEN" -o ${filename} '${url.replace(/'/g, "'\\''")}'`;
}
