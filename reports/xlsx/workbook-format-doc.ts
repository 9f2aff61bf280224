import { EXCEL_MAX_ROWS } from './workbook-writer';
import { WORKBOOK_LANGUAGES, WORKBOOK_TEXT } from './workbook-text';

/**
 * The workbook part of docs/csv-format.md, rendered from the text tables the workbooks are
 * written with, so that the documented headers are the ones in the files.
 */
export function renderWorkbookFormatDoc(): string {
  const en = WORKBOOK_TEXT.en;
  const fi = WORKBOOK_TEXT.fi;
  const columns = Object.keys(en.indicatorColumns) as (keyof typeof en.indicatorColumns)[];
  const indicatorTable = [
    '| column (en) | fi | sv | meaning |',
    '|---|---|---|---|',
    ...columns.map((key) => `| ${en.indicatorColumns[key]} | ${fi.indicatorColumns[key]} | ${WORKBOOK_TEXT.sv.indicatorColumns[key]} | ${en.indicatorColumnMeanings[key]} |`),
  ].join('\n');
  const responseColumns = Object.keys(en.responseColumns) as (keyof typeof en.responseColumns)[];
  const responseTable = [
    '| column (en) | fi | sv |',
    '|---|---|---|',
    ...responseColumns.map((key) => `| ${en.responseColumns[key]} | ${fi.responseColumns[key]} | ${WORKBOOK_TEXT.sv.responseColumns[key]} |`),
  ].join('\n');
  const sheetNames = (which: 'indicators' | 'responses') =>
    WORKBOOK_LANGUAGES.map((lang) => `${WORKBOOK_TEXT[lang].sheets[which]}, ${WORKBOOK_TEXT[lang].sheets.codebook}, ${WORKBOOK_TEXT[lang].sheets.readMe}`).join(' / ');

  return `## Excel workbooks (XLSX)

For people who work in Excel: the same figures and rows as the CSV files, as a workbook that
opens right in any language setting. The CSV dialects stay for BI tools and scripts.

- \`GET /api/exports/indicators.xlsx?level=…&period=…&lang=fi|sv|en\`: the figures of
  indicators.csv; every role, within the same rules as indicators.csv.
- \`GET /api/exports/responses.xlsx?survey=…&period=…&lang=…[&region=…][&meetingPlace=…]\`:
  the rows of responses.csv; admins and region analysts only, narrowed to their scope.
- \`lang\` (default \`fi\`) sets the sheet names, headers, area and indicator names, answer labels
  and status words. Export tokens work as for CSV, and every download, by token or by a
  person, is written to the audit log (\`export-token.used\` or \`export.downloaded\`).
- \`Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\`.

Every sheet has a frozen, bold header row, an auto-filter over the table and column widths that
fit the content.

**Typed cells.** Codes (region \`04\`, municipality \`092\`, place codes, indicator keys, answer
codes of choice questions, periods such as \`2026-H1\`) are text cells and keep their leading
zeros. Values are numbers: shares in per cent (\`0.0 %\`, shown as 71,8 % in Finnish Excel),
means with one decimal (\`0.0\`); \`n\` is an integer. Export and computation times are real dates,
in Finnish time. Empty cell = no value.

**Formula guard.** Every text is written as a string cell and no cell is ever a formula, so a
name such as \`=HYPERLINK(…)\` is shown as the text it is (no leading \`'\` is needed, unlike CSV).

### indicators.xlsx

Sheets: ${sheetNames('indicators')}. The data sheet has one row per area and indicator:

${indicatorTable}

A suppressed figure (fewer than 5 respondents, or protecting another one) has an empty value,
\`n\` and interval; a figure nobody answered has an empty value and \`n\` 0. The status column says
which, in words of the chosen language (${WORKBOOK_LANGUAGES.map((lang) => Object.values(WORKBOOK_TEXT[lang].status).join(' / ')).join('; ')}).
The codebook sheet explains every column, indicator, level and status; the Read-me sheet gives
the period, the suppression rule, when the figures were computed (at the export: figures are
computed from every response received in the period), the export time and who exported.

### responses.xlsx

Sheets: ${sheetNames('responses')}. One row per response, with these fixed columns (a name
beside each code):

${responseTable}

Then, per question of any version of the survey in the order of responses.csv, a code column
named by the question's \`name\` (numbers for scales, text for choice codes; several choices
joined with \`|\`) and, for questions with coded answers, a label column (\`felt_welcome (label)\`,
\`(selite)\`, \`(etikett)\`) with the answer's label in the chosen language. Free-text questions
have no columns: written answers can identify people and are never exported. The codebook sheet
has one row per column of the data sheet, in the same order: its type, the question, every code
with its label, and the survey versions that have the question. The Read-me sheet gives the
survey, period, scope, row count, the export time and who exported.

**More than a sheet holds.** A sheet holds at most ${EXCEL_MAX_ROWS.toLocaleString('en')} rows (the header included).
Beyond that the rows continue on further sheets named \`Responses (2)\`, \`Responses (3)\`, … with
the same header, and the Read-me sheet lists them. For such volumes the CSV export is the
better tool.

The workbook is written as a stream (exceljs's streaming writer, no shared-strings table, with
backpressure from the client), so memory stays flat for a million rows; see docs/benchmarks.md.
`;
}
