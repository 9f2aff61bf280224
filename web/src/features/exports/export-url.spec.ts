import { curlCommand, exportFilename, exportPath, formatsOf, recentPeriods, type ExportChoice } from './export-url';

// The export page's links: the same URL is downloaded, shown and put in the curl example.

const base: ExportChoice = {
  type: 'indicators',
  level: 'region',
  period: '2026-H1',
  format: 'excel-fi',
  lang: 'sv',
  survey: 'visitor-survey',
  version: 'current',
  region: '',
  meetingPlace: '',
};

test('each export type gets exactly the query its endpoint takes', () => {
  expect(exportPath(base)).toBe('/api/exports/indicators.csv?level=region&period=2026-H1&dialect=excel-fi');
  expect(exportPath({ ...base, type: 'responses', region: '04', meetingPlace: 'koivukyla' })).toBe(
    '/api/exports/responses.csv?survey=visitor-survey&period=2026-H1&dialect=excel-fi&region=04&meetingPlace=koivukyla',
  );
  expect(exportPath({ ...base, type: 'responses' })).toBe('/api/exports/responses.csv?survey=visitor-survey&period=2026-H1&dialect=excel-fi');
  expect(exportPath({ ...base, type: 'codebook', format: 'rfc4180' })).toBe('/api/exports/codebook.csv?survey=visitor-survey&dialect=rfc4180');
  expect(exportPath({ ...base, type: 'codebook', version: '2' })).toBe('/api/exports/codebook.csv?survey=visitor-survey&version=2&dialect=excel-fi');
});

test('the workbook format asks for .xlsx in the page’s language; the codebook stays CSV', () => {
  const xlsx = { ...base, format: 'xlsx' as const };
  expect(exportPath(xlsx)).toBe('/api/exports/indicators.xlsx?level=region&period=2026-H1&lang=sv');
  expect(exportPath({ ...xlsx, type: 'responses', region: '04' })).toBe('/api/exports/responses.xlsx?survey=visitor-survey&period=2026-H1&lang=sv&region=04');
  expect(exportPath({ ...xlsx, lang: 'ar' })).toBe('/api/exports/indicators.xlsx?level=region&period=2026-H1&lang=fi');
  expect(exportPath({ ...xlsx, type: 'codebook' })).toBe('/api/exports/codebook.csv?survey=visitor-survey&dialect=excel-fi');
  expect([exportFilename(xlsx), exportFilename({ ...xlsx, type: 'responses' }), exportFilename({ ...xlsx, type: 'codebook' })]).toEqual([
    'indicators.xlsx',
    'visitor-survey-responses.xlsx',
    'visitor-survey-codebook.csv',
  ]);
  expect(formatsOf('indicators')).toEqual(['xlsx', 'excel-fi', 'rfc4180']);
  expect(formatsOf('codebook')).toEqual(['excel-fi', 'rfc4180']);
});

test('periods are years with their halves, newest first', () => {
  expect(recentPeriods(new Date('2026-11-25T12:00:00Z'), 2)).toEqual(['2026', '2026-H1', '2026-H2', '2025', '2025-H1', '2025-H2']);
  // A half-year that has not started in Finland is not offered.
  expect(recentPeriods(new Date('2026-06-30T20:30:00Z'), 2)).toEqual(['2026', '2026-H1', '2025', '2025-H1', '2025-H2']);
});

test('the curl example quotes the URL for the shell and reads the token from a variable', () => {
  expect(curlCommand("https://k.example/api/exports/x.csv?a=1&b=it's", 'x.csv')).toBe(
    `curl -fsS -H "Authorization: Bearer $KOHTAAMO_TOKEN" -o x.csv 'https://k.example/api/exports/x.csv?a=1&b=it'\\''s'`,
  );
});
