import { curlCommand, exportPath, recentPeriods, type ExportChoice } from '../../web/src/features/exports/export-url';

// The export page's links: the same URL is downloaded, shown and put in the curl example.

const base: ExportChoice = {
  type: 'indicators',
  level: 'region',
  period: '2026-H1',
  dialect: 'excel-fi',
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
  expect(exportPath({ ...base, type: 'codebook', dialect: 'rfc4180' })).toBe('/api/exports/codebook.csv?survey=visitor-survey&dialect=rfc4180');
  expect(exportPath({ ...base, type: 'codebook', version: '2' })).toBe('/api/exports/codebook.csv?survey=visitor-survey&version=2&dialect=excel-fi');
});

test('periods are years with their halves, newest first', () => {
  expect(recentPeriods(new Date('2026-11-25T12:00:00Z'), 2)).toEqual(['2026', '2026-H1', '2026-H2', '2025', '2025-H1', '2025-H2']);
});

test('the curl example quotes the URL for the shell and reads the token from a variable', () => {
  expect(curlCommand("https://k.example/api/exports/x.csv?a=1&b=it's", 'x.csv')).toBe(
    `curl -fsS -H "Authorization: Bearer $KOHTAAMO_TOKEN" -o x.csv 'https://k.example/api/exports/x.csv?a=1&b=it'\\''s'`,
  );
});
