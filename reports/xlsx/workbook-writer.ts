import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * A streaming XLSX writer for Kohtaamo's workbooks, over exceljs's WorkbookWriter: rows go to
 * the zip as they are added, so a sheet of a million rows needs no more memory than one.
 *
 * Formula guard: a cell can only hold text, a number or a date (the type allows nothing
 * else), and text is always written as a string cell. exceljs writes a formula only for
 * `{ formula }` objects, so "=HYPERLINK(…)" in a place name stays the text it is.
 */
export type XlsxCell = string | number | Date | null;

/** How a column's values are shown; numbers keep full precision underneath. */
export type XlsxFormat = 'text' | 'integer' | 'percent' | 'decimal' | 'date' | 'general';

export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
  format: XlsxFormat;
}

export interface XlsxRow {
  cells: readonly XlsxCell[];
  /** Per-cell formats overriding the column's (a share and a mean in one value column). */
  formats?: Readonly<Record<number, XlsxFormat>>;
}

/** Excel's hard limit of rows per sheet, the header included. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
const SHEET_NAME_MAX = 31;

export interface WorkbookOptions {
  /** Decimal and percent styles follow the reader's language (71,8 % in Finnish, 71.8% in English). */
  language: 'fi' | 'sv' | 'en';
  /** Rows per sheet including the header; lower only in tests. */
  maxRowsPerSheet?: number;
  creator?: string;
  created?: Date;
}

const DATE_FORMATS = { fi: 'd.m.yyyy h:mm', sv: 'yyyy-mm-dd hh:mm', en: 'yyyy-mm-dd hh:mm' } as const;

function numberFormat(format: XlsxFormat, language: WorkbookOptions['language']): string | undefined {
  switch (format) {
    case 'text':
      return '@';
    case 'integer':
      return '0';
    case 'percent':
      return language === 'en' ? '0.0%' : '0.0 %';
    case 'decimal':
      return '0.0';
    case 'date':
      return DATE_FORMATS[language];
    case 'general':
      return undefined;
  }
}

/** Column widths that fit the content: the longest text, within sensible bounds. */
export function fitWidth(texts: Iterable<string>, minimum = 6, maximum = 60): number {
  let longest = 0;
  for (const text of texts) for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  return Math.min(maximum, Math.max(minimum, longest + 2));
}

export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, SHEET_NAME_MAX);
}

/**
 * Writes sheets one after another into `out`. Each sheet is finished before the next starts:
 * the zip holds one entry open at a time, and a second open sheet would be buffered whole.
 */
export class StreamingWorkbook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly maxRows: number;
  private readonly names = new Set<string>();

  constructor(
    private readonly out: Writable,
    private readonly options: WorkbookOptions,
  ) {
    // No shared strings: the table of every distinct string would grow with the rows.
    // Deflate level 1: the XML compresses nearly as well and the export stays I/O-bound.
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
    if (options.creator) this.workbook.creator = options.creator;
    if (options.created) this.workbook.created = options.created;
    this.maxRows = options.maxRowsPerSheet ?? EXCEL_MAX_ROWS;
  }

  /**
   * A sheet with a frozen, filterable header row. Rows beyond the sheet limit continue on
   * further sheets named "Name (2)", "Name (3)", each with the same header. Returns the
   * number of data rows written, or null when `isClosed` stopped it.
   */
  async addSheet(
    name: string,
    columns: readonly XlsxColumn[],
    rows: AsyncIterable<readonly XlsxRow[]> | Iterable<readonly XlsxRow[]>,
    isClosed: () => boolean = () => false,
  ): Promise<{ rows: number; sheets: string[] } | null> {
    const sheets: string[] = [];
    let sheet = this.openSheet(name, columns, sheets);
    let rowNumber = 1;
    let written = 0;
    for await (const batch of rows) {
      if (isClosed()) return null;
      for (const row of batch) {
        if (rowNumber === this.maxRows) {
          this.closeSheet(sheet, columns.length, rowNumber);
          sheet = this.openSheet(`${name} (${sheets.length + 1})`, columns, sheets);
          rowNumber = 1;
        }
        rowNumber += 1;
        written += 1;
        this.writeRow(sheet, columns, row);
      }
      await this.drained(sheet);
    }
    this.closeSheet(sheet, columns.length, rowNumber);
    return { rows: written, sheets };
  }

  async finish(): Promise<void> {
    await this.workbook.commit();
  }

  private openSheet(name: string, columns: readonly XlsxColumn[], sheets: string[]): ExcelJS.Worksheet {
    let unique = safeSheetName(name);
    for (let i = 2; this.names.has(unique); i += 1) unique = safeSheetName(`${name.slice(0, SHEET_NAME_MAX - 4)} ${i}`);
    this.names.add(unique);
    sheets.push(unique);
    const sheet = this.workbook.addWorksheet(unique, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
    sheet.columns = columns.map((column, i) => {
      const numFmt = numberFormat(column.format, this.options.language);
      return { key: `c${i}`, width: column.width, ...(numFmt ? { style: { numFmt } } : {}) };
    });
    const header = sheet.getRow(1);
    columns.forEach((column, i) => {
      const cell = header.getCell(i + 1);
      cell.value = column.header;
      cell.style = { font: { bold: true }, alignment: { vertical: 'top', wrapText: true } };
    });
    header.commit();
    return sheet;
  }

  private writeRow(sheet: ExcelJS.Worksheet, columns: readonly XlsxColumn[], row: XlsxRow): void {
    const excelRow = sheet.addRow([]);
    row.cells.forEach((value, i) => {
      if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) return;
      const cell = excelRow.getCell(i + 1);
      cell.value = value;
      const override = row.formats?.[i];
      if (override && override !== columns[i]?.format) cell.numFmt = numberFormat(override, this.options.language) ?? 'General';
    });
    excelRow.commit();
  }

  private closeSheet(sheet: ExcelJS.Worksheet, columnCount: number, lastRow: number): void {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: Math.max(1, columnCount) } };
    sheet.commit();
  }

  /**
   * Backpressure: exceljs hands each 64 KiB of sheet XML to the zip without waiting, into a
   * PassThrough whose buffer would grow without bound when the client reads slower than the
   * database. Waiting for that PassThrough (and the response) to drain keeps memory flat.
   */
  private async drained(sheet: ExcelJS.Worksheet): Promise<void> {
    const sheetStream = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream;
    for (const pipe of sheetStream?.pipes ?? []) await this.drain(pipe);
    await this.drain(this.out);
  }

  /** Waits for 'drain', or for the client to go away (then nothing would ever drain). */
  private async drain(stream: Writable): Promise<void> {
    if (!stream.writableNeedDrain || this.out.destroyed) return;
    const stop = new AbortController();
    try {
      await Promise.race([once(stream, 'drain', { signal: stop.signal }), once(this.out, 'close', { signal: stop.signal })]);
    } finally {
      stop.abort();
    }
  }
}

const HELSINKI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * A spreadsheet date has no time zone: exceljs writes a Date's UTC fields. The wall-clock
 * time in Finland, shifted into those fields, is what the reader expects to see.
 */
export function finnishWallClock(instant: Date): Date {
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(HELSINKI_PARTS.formatToParts(instant).find((p) => p.type === type)!.value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')));
}
