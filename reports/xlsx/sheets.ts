import { WORKBOOK_TEXT, WorkbookLanguage } from './workbook-text';
import { fitWidth, XlsxColumn, XlsxFormat, XlsxRow } from './workbook-writer';

/** A sheet small enough to hold in memory (everything but the responses). */
export interface Sheet {
  name: string;
  columns: XlsxColumn[];
  rows: XlsxRow[];
}

/** Columns sized to the longest of their header and their cells. */
export function fittedColumns(headers: readonly string[], formats: readonly XlsxFormat[], rows: readonly XlsxRow[]): XlsxColumn[] {
  return headers.map((header, i) => ({
    header,
    format: formats[i],
    width: fitWidth([header, ...rows.map((row) => cellText(row.cells[i]))], formats[i] === 'text' ? 6 : 10),
  }));
}

function cellText(cell: XlsxRow['cells'][number]): string {
  if (cell === null) return '';
  if (cell instanceof Date) return '00.00.0000 00:00';
  if (typeof cell === 'number') return cell.toFixed(1);
  return cell;
}

/** The Read-me sheet: two columns, an item and its value (text or a date). */
export function readMeSheet(language: WorkbookLanguage, items: readonly (readonly [string, string | Date])[]): Sheet {
  const t = WORKBOOK_TEXT[language];
  const rows = items.map(([item, value]): XlsxRow => ({ cells: [item, value], formats: value instanceof Date ? { 1: 'date' } : undefined }));
  return {
    name: t.sheets.readMe,
    columns: [
      { header: t.readMe.item, format: 'text', width: fitWidth(items.map(([item]) => item).concat(t.readMe.item)) },
      { header: t.readMe.value, format: 'text', width: 100 },
    ],
    rows,
  };
}
