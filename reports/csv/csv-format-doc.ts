import { EVALUATION_EXPORT_COLUMNS } from './evaluation-export';
import { INDICATOR_EXPORT_COLUMNS } from './indicator-export';
import { PAPER_FIXED_COLUMNS, REGISTRY_COLUMNS } from './import-formats';
import { CODEBOOK_COLUMNS, MULTI_VALUE_SEPARATOR, RESPONSE_FIXED_COLUMNS } from './response-export';
import { renderWorkbookFormatDoc } from '../xlsx/workbook-format-doc';

/**
 * docs/csv-format.md, rendered from the column definitions the exports use, so that the
 * documentation and the files cannot drift apart (csv-format-doc.spec.ts compares them).
 */
export function renderCsvFormatDoc(): string {
  const table = (rows: [string, string][]) => ['| column | meaning |', '|---|---|', ...rows.map(([a, b]) => `| \`${a}\` | ${b} |`)].join('\n');
  return `# Export formats: CSV and Excel workbooks

<!-- Generated from reports/csv/*.ts and reports/xlsx/*.ts by \`UPDATE_DOCS=1 npx jest reports/csv/csv-format-doc\`; a unit test fails when this file and the code differ. -->

Kohtaamo's exports are stable: columns are never renamed, reordered or removed. Adding an
indicator adds rows to \`indicators.csv\`; adding a question adds a column at the end of its
instrument's \`responses.csv\`.

## Dialects

Every export takes \`dialect=rfc4180\` (default) or \`dialect=excel-fi\`.

| | rfc4180 | excel-fi |
|---|---|---|
| use | BI tools (Power BI, R, Python), scripts | Excel with Finnish regional settings |
| encoding | UTF-8 without BOM | UTF-8 with BOM (Excel then reads ä and ö right) |
| separator | \`,\` | \`;\` |
| decimal separator | \`.\` | \`,\` |
| line end | CRLF | CRLF |
| quoting | RFC 4180: a cell with the separator, a quote or a line break is quoted, quotes doubled | the same |

- Codes are text and keep their leading zeros: region \`04\`, municipality \`092\`. In Excel, open the
  file through *Data → From Text/CSV* and set code columns to Text if Excel guesses numbers.
- A cell that starts with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return is written with a leading
  \`'\` so that spreadsheets never run it as a formula (names and codes in imported files are typed by people).
  Numbers written by Kohtaamo itself (such as \`-0.5\`) are not changed.
- Empty cell = no value (skipped question, suppressed figure).
- Files are UTF-8; \`Content-Type: text/csv; charset=utf-8; header=present\`.

## indicators.csv

\`GET /api/exports/indicators.csv?level=…&period=…&dialect=…\`: one row per area of the level and
indicator of the catalogue (docs/indicators.md). Cells with fewer than 5 respondents, and cells
that would reveal them, are suppressed exactly as in the API and the dashboards.

${table(INDICATOR_EXPORT_COLUMNS.map((c) => [c.name, c.meaning]))}

## responses.csv

\`GET /api/exports/responses.csv?survey=…&period=…&dialect=…[&region=…][&meetingPlace=…]\`: one row
per response in the reader's scope, for admins and region analysts (and their export tokens)
only; every download is audited. Written answers (free text, the children's wishes, the adults'
observations) are never exported: they have no column here, and are read only by the place's
coordinators in the staff pages (docs/access-control.md).

${table(RESPONSE_FIXED_COLUMNS.map((c) => [c.name, c.en]))}

Then one column per question (other than written answers) of any version of the instrument, named by the question's
\`name\`, in the order the questions were first published (a new version only appends). Values are
the codes of codebook.csv: numbers for scales, text codes for choices; several choices of one
question are joined with \`${MULTI_VALUE_SEPARATOR}\` (e.g. \`0-2${MULTI_VALUE_SEPARATOR}3-6\`).

## codebook.csv

\`GET /api/exports/codebook.csv?survey=…[&version=…]&dialect=…\`: one row per column of
responses.csv, in the same order.

${table(CODEBOOK_COLUMNS.map((c) => [c, CODEBOOK_MEANINGS[c]]))}

## evaluations.csv

\`GET /api/regions/{code}/evaluations.csv?year=…&dialect=…\`: the region analyst's view of the
self- and peer evaluation (the \`peer-evaluation\` instrument): one row per active meeting place of
the region and criterion, for the region's analysts and admins. Scores are the teams' own
ratings of their place (not answers of families, so nothing is suppressed); drafts never count,
and the teams' written notes are never exported.

${table(EVALUATION_EXPORT_COLUMNS.map((c) => [c.name, c.meaning]))}

## Imports

Both imports take the file as the request body (\`Content-Type: text/csv\`, at most 2 MiB) with
\`mode=preview\` (check every row, change nothing) or \`mode=apply\` (all rows in one
transaction, or nothing when any row has an error). Columns are matched by name.

### Meeting-place registry: \`POST /api/imports/registry\`

${table(REGISTRY_COLUMNS.map((c) => [c, REGISTRY_MEANINGS[c]]))}

Rows are keyed by \`record_type\` + \`code\`: an existing record is updated, a new one created;
importing the same file again changes nothing. Municipalities are applied first, then service
areas, then meeting places, so a file can create all three.

### Paper responses: \`POST /api/imports/responses?survey=…\`

The fixed columns ${PAPER_FIXED_COLUMNS.map((c) => `\`${c}\``).join(', ')}, then question
columns named and coded as in codebook.csv (any subset, any order). Each row is validated with
the same validator as online answers. \`paper_id\` is the number written on the form: with the
place it gives the response a stable id, so a re-import stores nothing twice, and a changed row
for an imported form is reported as an error. \`received_on\` (YYYY-MM-DD) decides the period.

${renderWorkbookFormatDoc()}`;
}

const CODEBOOK_MEANINGS: Record<(typeof CODEBOOK_COLUMNS)[number], string> = {
  column: 'The column name in responses.csv.',
  type: '`fixed` (the response columns), `number`, `code`, `codes` (several, joined with |), `text` or `boolean`.',
  question_fi: 'The question in Finnish (the column’s meaning for fixed columns).',
  question_sv: 'The question in Swedish.',
  question_en: 'The question in English.',
  values: 'The allowed values, joined with |; empty for text.',
  labels_fi: 'The values’ labels in Finnish, in the same order, joined with |.',
  labels_sv: 'The labels in Swedish.',
  labels_en: 'The labels in English.',
  free_text: 'Always false: written answers, which may identify people, are not in responses.csv.',
  version: 'The survey version the texts come from (the requested one, or the newest that has the question).',
};

const REGISTRY_MEANINGS: Record<(typeof REGISTRY_COLUMNS)[number], string> = {
  record_type: '`municipality`, `service-area` or `meeting-place`.',
  code: 'Municipality code (092), service-area id (vantaa-itainen) or meeting-place slug (koivukyla).',
  name_fi: 'Name in Finnish (required).',
  name_sv: 'Name in Swedish.',
  name_en: 'Name in English.',
  region_code: 'For a municipality: its wellbeing region (04).',
  municipality_code: 'For a service area or a meeting place: its municipality.',
  service_area: 'For a meeting place: its service-area id (optional).',
  address: 'For a meeting place: street address.',
  active: '`true` (default) or `false`: a place that no longer collects answers; nothing is ever deleted.',
};
