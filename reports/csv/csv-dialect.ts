import Papa from 'papaparse';

/**
 * The two CSV dialects of every Kohtaamo export.
 * - rfc4180 (default): comma, decimal point, CRLF, UTF-8 without BOM — for BI tools and scripts.
 * - excel-fi: the Finnish spreadsheet convention (as Sotkanet uses it): UTF-8 with BOM so Excel
 *   detects the encoding, semicolon because the comma is the decimal separator, CRLF.
 */
export const CSV_DIALECTS = ['rfc4180', 'excel-fi'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

interface DialectFormat {
  delimiter: string;
  decimalSeparator: string;
  byteOrderMark: string;
}

const FORMATS: Record<CsvDialect, DialectFormat> = {
  rfc4180: { delimiter: ',', decimalSeparator: '.', byteOrderMark: '' },
  'excel-fi': { delimiter: ';', decimalSeparator: ',', byteOrderMark: '\uFEFF' },
};

export const CSV_NEWLINE = '\r\n';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * A cell that a spreadsheet would run as a formula (CSV injection, OWASP) gets a leading
 * apostrophe: "=HYPERLINK(…)" from a free-text answer must stay text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Numbers are written in full precision, with the dialect's decimal separator and no grouping. */
export function formatNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return FORMATS[dialect].decimalSeparator === ',' ? text.replace('.', ',') : text;
}

export function formatCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell, dialect);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return neutraliseFormula(cell);
}

/** The first bytes of a file: the BOM (excel-fi) and the header line. */
export function csvHeader(columns: readonly string[], dialect: CsvDialect): string {
  return FORMATS[dialect].byteOrderMark + csvRows([[...columns]], dialect);
}

/** Rows as CSV text, each ending in CRLF, so chunks can be streamed one after another. */
export function csvRows(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  if (rows.length === 0) return '';
  const text = Papa.unparse(
    rows.map((row) => row.map((cell) => formatCell(cell, dialect))),
    { delimiter: FORMATS[dialect].delimiter, newline: CSV_NEWLINE, header: false, escapeFormulae: false },
  );
  return text + CSV_NEWLINE;
}

/** The cell separator of a dialect. */
export function csvDelimiter(dialect: CsvDialect): string {
  return FORMATS[dialect].delimiter;
}

/**
 * One row as CSV text without its CRLF. Papaparse decides the quotes of each cell on that cell
 * alone, so a row's line is its parts' lines joined by the delimiter.
 */
export function csvLine(cells: readonly CsvCell[], dialect: CsvDialect): string {
  return csvRows([cells], dialect).slice(0, -CSV_NEWLINE.length);
}

/** Parses an export back (for tests and imports): strips the BOM, detects nothing, trusts the dialect. */
export function parseCsv(text: string, dialect: CsvDialect): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, {
    delimiter: FORMATS[dialect].delimiter,
    newline: CSV_NEWLINE,
    skipEmptyLines: true,
  });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(`CSV row ${(first.row ?? 0) + 1}: ${first.message}`);
  }
  return result.data;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
