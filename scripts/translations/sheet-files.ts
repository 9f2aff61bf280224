/**
 * Translation sheets as files: an XLSX workbook for translators (Excel keeps every script in
 * it), and CSV accepted back only as UTF-8, because Excel's plain "CSV" writes Windows-1252 and
 * turns Arabic, Persian and Ukrainian into question marks.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { RESPONDENT_LANGUAGES } from '../../reports/languages';
import { TranslationSheetError, type TranslationSheet } from './translation-sheet';

const SHEET_NAME = 'translations';
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export async function writeWorkbook(sheet: TranslationSheet, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kohtaamo';
  // A fixed date keeps the same sheet byte-for-byte the same, whenever it is exported.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const worksheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  worksheet.columns = sheet.header.map((header, i) => ({
    header,
    key: header,
    width: i === 0 ? 40 : 50,
    style: {
      alignment: {
        wrapText: true,
        vertical: 'top',
        readingOrder: RESPONDENT_LANGUAGES.find((l) => l.code === header)?.direction === 'rtl' ? 'rtl' : 'ltr',
      },
    },
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);

  const help = workbook.addWorksheet('ohje – help');
  help.getColumn(1).width = 110;
  for (const line of [
    title,
    '',
    'Kirjoita käännös kunkin kielen sarakkeeseen. Älä muuta sarakkeita key ja fi: tuonti hylkää taulukon, jossa ne eroavat.',
    'Write the translation in the column of each language. Do not change the key and fi columns: the import refuses a sheet where they differ.',
    'Fill a language for every row or leave its column empty. Keep HTML tags such as <h3> and <p> as they are.',
    'Save as Excel workbook (.xlsx). If you must use CSV, choose "CSV UTF-8": plain CSV destroys Arabic, Persian and Cyrillic text.',
  ]) {
    help.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a sheet from an XLSX workbook or a UTF-8 CSV file. */
export async function readSheetFile(bytes: Buffer): Promise<TranslationSheet> {
  const isZip = ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
  const rows = isZip ? await readWorkbookRows(bytes) : readCsvRows(bytes);
  if (rows.length === 0) throw new TranslationSheetError(['the sheet is empty']);
  const width = rows[0].length;
  return { header: rows[0], rows: rows.slice(1).map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')) };
}

async function readWorkbookRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer interface; a Node Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const worksheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!worksheet) throw new TranslationSheetError(['the workbook has no worksheet']);
  const rows: string[][] = [];
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    rows[rowNumber - 1] = Array.from({ length: width }, (_, i) => row.getCell(i + 1).text ?? '');
  });
  return Array.from(rows, (row) => row ?? []);
}

function readCsvRows(bytes: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TranslationSheetError([
      'the CSV file is not UTF-8 (Excel\'s plain "CSV" writes Windows-1252, which destroys Arabic, Persian and Cyrillic text): save the sheet as .xlsx or as "CSV UTF-8"',
    ]);
  }
  // TextDecoder drops the byte order mark that Excel's "CSV UTF-8" writes.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (parsed.errors.length > 0) {
    throw new TranslationSheetError(parsed.errors.map((e) => `CSV row ${(e.row ?? 0) + 1}: ${e.message}`));
  }
  return parsed.data;
}
